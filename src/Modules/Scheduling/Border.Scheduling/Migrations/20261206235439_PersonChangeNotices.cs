using Border.Shared.Snapshots;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <summary>Every committed change to what a person's snapshot shows is heard by the nodes (PersonChangeTriggers).</summary>
    internal sealed partial class PersonChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Function("scheduling"));
            migrationBuilder.Sql(PersonChangeTriggers.For("scheduling", "appointment_requests", "applicant_id"));
            migrationBuilder.Sql(PersonChangeTriggers.For("scheduling", "appointments", "applicant_id"));
            migrationBuilder.Sql(PersonChangeTriggers.ForEveryone("scheduling", "ports"));
            migrationBuilder.Sql(PersonChangeTriggers.ForEveryone("scheduling", "allocation_runs"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Drop("scheduling", "appointment_requests"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("scheduling", "appointments"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("scheduling", "ports"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("scheduling", "allocation_runs"));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS scheduling.person_changed();");
        }
    }
}
