using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class PassedOverClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "passed_over_closed_at",
                schema: "scheduling",
                table: "allocation_runs",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "passed_over_closed_at",
                schema: "scheduling",
                table: "allocation_runs");
        }
    }
}
