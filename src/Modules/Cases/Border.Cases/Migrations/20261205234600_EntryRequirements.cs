using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class EntryRequirements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "requirement_pages",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    case_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requirement_pages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requirement_versions",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    page_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title_english = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    body_english = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    title_spanish = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    body_spanish = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requirement_versions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_requirement_pages_slug",
                schema: "cases",
                table: "requirement_pages",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_requirement_versions_page_id_number",
                schema: "cases",
                table: "requirement_versions",
                columns: new[] { "page_id", "number" },
                unique: true);

            // Every version is kept as it was published: only new rows, never an update or a delete.
            migrationBuilder.Sql("""
                CREATE FUNCTION cases.refuse_requirement_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'requirement versions are kept as published';
                END $$;
                CREATE TRIGGER requirement_versions_append_only BEFORE UPDATE OR DELETE ON cases.requirement_versions
                    FOR EACH ROW EXECUTE FUNCTION cases.refuse_requirement_version_change();
                """);
            SeedContent(migrationBuilder);
        }

        private static void SeedContent(MigrationBuilder migrationBuilder)
        {
            var number = 0;
            foreach (var page in EntryRequirementsContent.Pages)
            {
                number++;
                var pageId = Guid.Parse($"0193a000-0000-7000-8000-{number:D12}");
                migrationBuilder.InsertData(
                    schema: "cases",
                    table: "requirement_pages",
                    columns: ["id", "slug", "topic", "case_kind", "position", "version", "changed_at"],
                    values: [pageId, page.Slug, page.Topic, page.CaseKind, page.Position, 1, EntryRequirementsContent.PublishedAt]);
                migrationBuilder.InsertData(
                    schema: "cases",
                    table: "requirement_versions",
                    columns: ["id", "page_id", "number", "title_english", "body_english", "title_spanish", "body_spanish", "changed_by", "changed_at"],
                    values: [Guid.Parse($"0193a000-0000-7000-8001-{number:D12}"), pageId, 1, page.TitleEn, page.BodyEn, page.TitleEs, page.BodyEs, Guid.Empty, EntryRequirementsContent.PublishedAt]);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER requirement_versions_append_only ON cases.requirement_versions; DROP FUNCTION cases.refuse_requirement_version_change();");

            migrationBuilder.DropTable(
                name: "requirement_pages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "requirement_versions",
                schema: "cases");
        }
    }
}
