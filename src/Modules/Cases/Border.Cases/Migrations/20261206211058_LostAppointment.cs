using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class LostAppointment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lost_appointment_at",
                schema: "cases",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lost_appointment_port",
                schema: "cases",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lost_appointment_zone",
                schema: "cases",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lost_appointment_at",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "lost_appointment_port",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "lost_appointment_zone",
                schema: "cases",
                table: "cases");
        }
    }
}
