using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Cases.Migrations
{
    /// <inheritdoc />
    internal sealed partial class AnswerSettledAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "answer_settled_at",
                schema: "cases",
                table: "document_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_requests_unsettled_answers",
                schema: "cases",
                table: "document_requests",
                column: "answered_at",
                filter: "answered_at IS NOT NULL AND answer_settled_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_document_requests_unsettled_answers",
                schema: "cases",
                table: "document_requests");

            migrationBuilder.DropColumn(
                name: "answer_settled_at",
                schema: "cases",
                table: "document_requests");
        }
    }
}
