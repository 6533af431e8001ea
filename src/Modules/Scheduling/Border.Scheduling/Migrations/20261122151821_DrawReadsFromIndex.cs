using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class DrawReadsFromIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointment_requests_window_date_port_code_registered_at",
                schema: "scheduling",
                table: "appointment_requests");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_window_date_port_code_registered_at",
                schema: "scheduling",
                table: "appointment_requests",
                columns: new[] { "window_date", "port_code", "registered_at" },
                filter: "status = 'Pending'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "traveller_count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointment_requests_window_date_port_code_registered_at",
                schema: "scheduling",
                table: "appointment_requests");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_window_date_port_code_registered_at",
                schema: "scheduling",
                table: "appointment_requests",
                columns: new[] { "window_date", "port_code", "registered_at" },
                filter: "status = 'Pending'");
        }
    }
}
