using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class LostAppointmentHow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "lost_appointment_how",
                schema: "cases",
                table: "cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lost_appointment_how",
                schema: "cases",
                table: "cases");
        }
    }
}
