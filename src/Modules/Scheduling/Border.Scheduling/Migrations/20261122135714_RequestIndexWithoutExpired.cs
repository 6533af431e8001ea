using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class RequestIndexWithoutExpired : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointments_request_id",
                schema: "scheduling",
                table: "appointments");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_request_id",
                schema: "scheduling",
                table: "appointments",
                column: "request_id",
                unique: true,
                filter: "status <> 'Expired'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appointments_request_id",
                schema: "scheduling",
                table: "appointments");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_request_id",
                schema: "scheduling",
                table: "appointments",
                column: "request_id",
                unique: true);
        }
    }
}
