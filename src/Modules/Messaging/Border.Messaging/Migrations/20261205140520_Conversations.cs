using System;
using Border.Shared.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Messaging.Migrations
{
    /// <inheritdoc />
    internal sealed partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    port_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    subject = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    assigned_to = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    queue_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unread_by_applicant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "form_keys",
                schema: "messaging",
                columns: table => new
                {
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_form_keys", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "messaging",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_staff = table.Column<bool>(type: "boolean", nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_conversation_id",
                schema: "messaging",
                table: "attachments",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_message_id",
                schema: "messaging",
                table: "attachments",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                schema: "messaging",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "messaging",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_occurred_at",
                schema: "messaging",
                table: "audit_entries",
                columns: new[] { "subject_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_applicant",
                schema: "messaging",
                table: "conversations",
                columns: new[] { "applicant_id", "last_activity_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_daily_limit",
                schema: "messaging",
                table: "conversations",
                columns: new[] { "applicant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_inbox",
                schema: "messaging",
                table: "conversations",
                columns: new[] { "state", "queue_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_inbox_by_officer",
                schema: "messaging",
                table: "conversations",
                columns: new[] { "assigned_to", "state", "queue_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_inbox_by_port",
                schema: "messaging",
                table: "conversations",
                columns: new[] { "port_code", "state", "queue_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_unread",
                schema: "messaging",
                table: "conversations",
                column: "applicant_id",
                filter: "unread_by_applicant");

            migrationBuilder.CreateIndex(
                name: "ix_form_keys_used_at",
                schema: "messaging",
                table: "form_keys",
                column: "used_at");

            migrationBuilder.CreateIndex(
                name: "ix_messages_author_id_sent_at",
                schema: "messaging",
                table: "messages",
                columns: new[] { "author_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_conversation_id_sent_at_id",
                schema: "messaging",
                table: "messages",
                columns: new[] { "conversation_id", "sent_at", "id" });

            migrationBuilder.Sql(AuditLogProtection.Create("messaging"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.Drop("messaging"));

            migrationBuilder.DropTable(
                name: "attachments",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "conversations",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "form_keys",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "messaging");
        }
    }
}
