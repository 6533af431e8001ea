using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <inheritdoc />
    internal sealed partial class AccountClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                schema: "accounts",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed_at",
                schema: "accounts",
                table: "users");
        }
    }
}
