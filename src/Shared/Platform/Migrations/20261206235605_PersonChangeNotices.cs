using Border.Shared.Snapshots;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Shared.Platform.Migrations
{
    /// <summary>Every committed change to what a person's snapshot shows is heard by the nodes (PersonChangeTriggers).</summary>
    internal sealed partial class PersonChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Function("platform"));
            migrationBuilder.Sql(PersonChangeTriggers.ForEveryone("platform", "settings"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Drop("platform", "settings"));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS platform.person_changed();");
        }
    }
}
