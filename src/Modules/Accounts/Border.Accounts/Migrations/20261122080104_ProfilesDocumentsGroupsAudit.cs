using System;
using Border.Shared.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <inheritdoc />
    internal sealed partial class ProfilesDocumentsGroupsAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "disabled_at",
                schema: "accounts",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "invited_at",
                schema: "accounts",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "applicant_profiles",
                schema: "accounts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    other_names = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    sex = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country_of_birth = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    current_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    current_state = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    destination_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    destination_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    destination_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    destination_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    destination_zip = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    selfie_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    group_frozen_for = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applicant_profiles", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "accounts",
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
                name: "group_members",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_documents",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    traveller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    issuing_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    photo_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                schema: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    thumbnail_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                schema: "accounts",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "accounts",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_id_occurred_at",
                schema: "accounts",
                table: "audit_entries",
                columns: new[] { "subject_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_group_members_owner_id",
                schema: "accounts",
                table: "group_members",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_documents_owner_id_traveller_id",
                schema: "accounts",
                table: "identity_documents",
                columns: new[] { "owner_id", "traveller_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_owner_id",
                schema: "accounts",
                table: "stored_files",
                column: "owner_id");

            migrationBuilder.Sql(AuditLogProtection.Create("accounts"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.Drop("accounts"));

            migrationBuilder.DropTable(
                name: "applicant_profiles",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "group_members",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "identity_documents",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "stored_files",
                schema: "accounts");

            migrationBuilder.DropColumn(
                name: "disabled_at",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "invited_at",
                schema: "accounts",
                table: "users");
        }
    }
}
