using System;
using Border.Shared.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class CasesReviewAppealsChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Watch-list screening: names compared lower-cased without accents, by trigrams, through a GIN index.
            // unaccent() is only STABLE (its dictionary could change), so an IMMUTABLE wrapper naming the dictionary
            // makes it usable in the generated column the index is built on.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
                CREATE FUNCTION cases.name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\s+', ' ', 'g') $$;
                """);
            migrationBuilder.CreateTable(
                name: "appeals",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statement = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appeals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "cases",
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
                name: "case_documents",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    appeal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    note = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_file_contents",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_contents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    traveller_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    port_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    receipt = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    applicant_birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    queue_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checks = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.CheckConstraint("ck_cases_submitted_has_receipt", "state IN ('Draft', 'Discarded') OR (receipt IS NOT NULL AND submitted_at IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "check_results",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    check = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    traveller_id = table.Column<Guid>(type: "uuid", nullable: true),
                    hit = table.Column<bool>(type: "boolean", nullable: false),
                    explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    arguments = table.Column<string[]>(type: "text[]", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: true),
                    ran_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    appeal_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "document_requests",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    what = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    week_reminder_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    day_reminder_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "watch_list",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "cases.name_key(full_name)", stored: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    added_by = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watch_list", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appeals_case_id",
                schema: "cases",
                table: "appeals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_decision_id",
                schema: "cases",
                table: "appeals",
                column: "decision_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                schema: "cases",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "cases",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_occurred_at",
                schema: "cases",
                table: "audit_entries",
                columns: new[] { "subject_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_documents_case_id",
                schema: "cases",
                table: "case_documents",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_events_case_id_at",
                schema: "cases",
                table: "case_events",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_applicant_id_created_at",
                schema: "cases",
                table: "cases",
                columns: new[] { "applicant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_queue",
                schema: "cases",
                table: "cases",
                columns: new[] { "state", "queue_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_queue_by_port",
                schema: "cases",
                table: "cases",
                columns: new[] { "port_code", "state", "queue_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_receipt",
                schema: "cases",
                table: "cases",
                column: "receipt",
                unique: true,
                filter: "receipt IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_check_results_case_id",
                schema: "cases",
                table: "check_results",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_case_id_decided_at",
                schema: "cases",
                table: "decisions",
                columns: new[] { "case_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_document_requests_case_id",
                schema: "cases",
                table: "document_requests",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_requests_due_at",
                schema: "cases",
                table: "document_requests",
                column: "due_at",
                filter: "answered_at IS NULL AND closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_watch_list_name_key",
                schema: "cases",
                table: "watch_list",
                column: "name_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
            migrationBuilder.Sql(AuditLogProtection.Create("cases"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.Drop("cases"));
            migrationBuilder.DropTable(
                name: "appeals",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_documents",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_events",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_file_contents",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "check_results",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "decisions",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "document_requests",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "watch_list",
                schema: "cases");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS cases.name_key(text);");
        }
    }
}
