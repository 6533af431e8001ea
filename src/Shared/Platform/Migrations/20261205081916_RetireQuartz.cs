using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Shared.Platform.Migrations
{
    /// <inheritdoc />
    internal sealed partial class RetireQuartz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_schedule_overrides",
                schema: "platform");

            // Quartz created its qrtz_* tables itself at start (not through a migration), so drop whatever it left, wherever.
            migrationBuilder.Sql("""
                DO $$
                DECLARE t record;
                BEGIN
                    FOR t IN SELECT schemaname, tablename FROM pg_tables WHERE tablename LIKE 'qrtz\_%' LOOP
                        EXECUTE format('DROP TABLE IF EXISTS %I.%I CASCADE', t.schemaname, t.tablename);
                    END LOOP;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "job_schedule_overrides",
                schema: "platform",
                columns: table => new
                {
                    trigger_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trigger_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    cron = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_schedule_overrides", x => new { x.trigger_group, x.trigger_name });
                });
        }
    }
}
