using System;
using Border.Shared.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Shared.Platform.Migrations
{
    /// <inheritdoc />
    internal sealed partial class AddJobSchedulesAndAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "platform",
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
                name: "job_schedule_overrides",
                schema: "platform",
                columns: table => new
                {
                    trigger_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cron = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_schedule_overrides", x => new { x.trigger_group, x.trigger_name });
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                schema: "platform",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "platform",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_occurred_at",
                schema: "platform",
                table: "audit_entries",
                columns: new[] { "subject_id", "occurred_at" });

            migrationBuilder.Sql(AuditLogProtection.Create("platform"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.Drop("platform"));

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "job_schedule_overrides",
                schema: "platform");
        }
    }
}
