using System;
using Border.Shared.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class PortsRequestsAppointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "allocation_runs",
                schema: "scheduling",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    appointment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    window_date = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_by = table.Column<Guid>(type: "uuid", nullable: true),
                    seed = table.Column<long>(type: "bigint", nullable: false),
                    inputs = table.Column<string>(type: "jsonb", nullable: false),
                    counts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocation_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "appointment_requests",
                schema: "scheduling",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    port_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    window_date = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    traveller_count = table.Column<int>(type: "integer", nullable: false),
                    traveller_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    current_state = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    location_checked = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    allocation_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_requests", x => x.id);
                    table.CheckConstraint("ck_appointment_requests_travellers", "traveller_count >= 1 AND traveller_count = cardinality(traveller_ids)");
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "scheduling",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocation_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    port_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    slot_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    slot_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    people_count = table.Column<int>(type: "integer", nullable: false),
                    traveller_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmation_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    identity_review = table.Column<bool>(type: "boolean", nullable: false),
                    expired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.CheckConstraint("ck_appointments_people", "people_count >= 1 AND people_count = cardinality(traveller_ids)");
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "scheduling",
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
                name: "port_days",
                schema: "scheduling",
                columns: table => new
                {
                    port_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    closed = table.Column<bool>(type: "boolean", nullable: false),
                    closed_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_port_days", x => new { x.port_code, x.date });
                    table.CheckConstraint("ck_port_days_capacity_or_closed", "(capacity IS NULL OR capacity >= 0) AND (NOT closed OR closed_reason IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "ports",
                schema: "scheduling",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    us_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    daily_capacity = table.Column<int>(type: "integer", nullable: false),
                    first_slot = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    last_slot = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    slot_minutes = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ports", x => x.code);
                    table.CheckConstraint("ck_ports_daily_capacity", "daily_capacity >= 0");
                    table.CheckConstraint("ck_ports_slot_plan", "slot_minutes > 0 AND last_slot >= first_slot");
                });

            migrationBuilder.InsertData(
                schema: "scheduling",
                table: "ports",
                columns: new[] { "code", "changed_at", "changed_by", "daily_capacity", "first_slot", "last_slot", "name", "slot_minutes", "sort_order", "time_zone", "us_state" },
                values: new object[,]
                {
                    { "brownsville", null, null, 175, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Brownsville", 30, 8, "America/Chicago", "TX" },
                    { "calexico", null, null, 125, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Calexico", 30, 2, "America/Los_Angeles", "CA" },
                    { "eagle-pass", null, null, 125, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Eagle Pass", 30, 5, "America/Chicago", "TX" },
                    { "el-paso", null, null, 250, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "El Paso", 30, 4, "America/Denver", "TX" },
                    { "hidalgo", null, null, 175, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Hidalgo", 30, 7, "America/Chicago", "TX" },
                    { "laredo", null, null, 200, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Laredo", 30, 6, "America/Chicago", "TX" },
                    { "nogales", null, null, 100, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "Nogales", 30, 3, "America/Phoenix", "AZ" },
                    { "san-ysidro", null, null, 300, new TimeOnly(7, 0, 0), new TimeOnly(15, 0, 0), "San Ysidro", 30, 1, "America/Los_Angeles", "CA" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_allocation_runs_appointment_date",
                schema: "scheduling",
                table: "allocation_runs",
                column: "appointment_date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_allocation_runs_window_date",
                schema: "scheduling",
                table: "allocation_runs",
                column: "window_date");

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_applicant_id_requested_at",
                schema: "scheduling",
                table: "appointment_requests",
                columns: new[] { "applicant_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_reference",
                schema: "scheduling",
                table: "appointment_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_window_date_port_code_registered_at",
                schema: "scheduling",
                table: "appointment_requests",
                columns: new[] { "window_date", "port_code", "registered_at" },
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ux_appointment_requests_one_pending_per_applicant",
                schema: "scheduling",
                table: "appointment_requests",
                column: "applicant_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_confirmation_number",
                schema: "scheduling",
                table: "appointments",
                column: "confirmation_number",
                unique: true,
                filter: "confirmation_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_deadline",
                schema: "scheduling",
                table: "appointments",
                column: "deadline",
                filter: "status = 'Offered'");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_port_code_date_slot_start",
                schema: "scheduling",
                table: "appointments",
                columns: new[] { "port_code", "date", "slot_start" },
                filter: "status IN ('Offered', 'Confirmed', 'CheckedIn', 'NoShow', 'IdentityMismatch')");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_request_id",
                schema: "scheduling",
                table: "appointments",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_appointments_one_live_per_applicant",
                schema: "scheduling",
                table: "appointments",
                column: "applicant_id",
                unique: true,
                filter: "status IN ('Offered', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                schema: "scheduling",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "scheduling",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_occurred_at",
                schema: "scheduling",
                table: "audit_entries",
                columns: new[] { "subject_id", "occurred_at" });

            migrationBuilder.Sql(AuditLogProtection.Create("scheduling"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.Drop("scheduling"));

            migrationBuilder.DropTable(
                name: "allocation_runs",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "appointment_requests",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "appointments",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "port_days",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "ports",
                schema: "scheduling");
        }
    }
}
