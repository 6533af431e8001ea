using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Messaging.Migrations
{
    /// <inheritdoc />
    internal sealed partial class OfficerNamesAndSavedReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "officer_names",
                schema: "messaging",
                columns: table => new
                {
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_names", x => x.staff_id);
                });

            migrationBuilder.CreateTable(
                name: "saved_replies",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    english = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    spanish = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_replies", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "officer_names",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "saved_replies",
                schema: "messaging");
        }
    }
}
