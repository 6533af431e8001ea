using Border.Shared.Snapshots;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Messaging.Migrations
{
    /// <summary>Every committed change to what a person's snapshot shows is heard by the nodes (PersonChangeTriggers).</summary>
    internal sealed partial class PersonChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Function("messaging"));
            migrationBuilder.Sql(PersonChangeTriggers.For("messaging", "conversations", "applicant_id"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Drop("messaging", "conversations"));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS messaging.person_changed();");
        }
    }
}
