using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Notifications.Migrations
{
    /// <inheritdoc />
    internal sealed partial class EmailAndPolicyUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "arguments",
                schema: "notifications",
                table: "notifications",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "in_inbox",
                schema: "notifications",
                table: "notifications",
                type: "boolean",
                nullable: false,
                defaultValue: true); // every notification before this one was an inbox item

            migrationBuilder.AddColumn<string>(
                name: "link",
                schema: "notifications",
                table: "notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "email_messages",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_email_messages_notifications_id",
                        column: x => x.id,
                        principalSchema: "notifications",
                        principalTable: "notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_preferences",
                schema: "notifications",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topics_off = table.Column<List<string>>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_preferences", x => x.recipient_id);
                });

            migrationBuilder.CreateTable(
                name: "policy_updates",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_english = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    body_english = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    title_spanish = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    body_spanish = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fanout_after = table.Column<Guid>(type: "uuid", nullable: true),
                    reached = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_updates", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_lease_until",
                schema: "notifications",
                table: "email_messages",
                column: "lease_until",
                filter: "status = 'Sending'");

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_next_attempt_at",
                schema: "notifications",
                table: "email_messages",
                column: "next_attempt_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_policy_updates_completed_at",
                schema: "notifications",
                table: "policy_updates",
                column: "completed_at",
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_policy_updates_published_at",
                schema: "notifications",
                table: "policy_updates",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "email_messages",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "email_preferences",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "policy_updates",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "arguments",
                schema: "notifications",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "in_inbox",
                schema: "notifications",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "link",
                schema: "notifications",
                table: "notifications");
        }
    }
}
