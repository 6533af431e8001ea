using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Notifications.Migrations
{
    /// <inheritdoc />
    internal sealed partial class PolicyUpdateAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "ports",
                schema: "notifications",
                table: "policy_updates",
                type: "text[]",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ports",
                schema: "notifications",
                table: "policy_updates");
        }
    }
}
