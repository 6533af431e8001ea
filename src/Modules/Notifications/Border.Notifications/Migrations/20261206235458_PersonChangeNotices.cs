using Border.Shared.Snapshots;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Notifications.Migrations
{
    /// <summary>Every committed change to what a person's snapshot shows is heard by the nodes (PersonChangeTriggers).</summary>
    internal sealed partial class PersonChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Function("notifications"));
            migrationBuilder.Sql(PersonChangeTriggers.For("notifications", "notifications", "recipient_id"));
            migrationBuilder.Sql(PersonChangeTriggers.ForEveryone("notifications", "policy_updates"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Drop("notifications", "notifications"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("notifications", "policy_updates"));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS notifications.person_changed();");
        }
    }
}
