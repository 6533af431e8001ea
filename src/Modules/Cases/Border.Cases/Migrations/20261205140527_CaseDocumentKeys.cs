using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class CaseDocumentKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "document_key",
                schema: "cases",
                table: "case_documents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "document_key",
                schema: "cases",
                table: "case_documents");
        }
    }
}
