using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Notifications.Migrations
{
    /// <inheritdoc />
    internal sealed partial class EmailAddressOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address",
                schema: "notifications",
                table: "email_messages",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address",
                schema: "notifications",
                table: "email_messages");
        }
    }
}
