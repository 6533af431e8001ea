using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <inheritdoc />
    internal sealed partial class StaffHomePort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "home_port",
                schema: "accounts",
                table: "users",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_port_time_zone",
                schema: "accounts",
                table: "users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "home_port",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "home_port_time_zone",
                schema: "accounts",
                table: "users");
        }
    }
}
