using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class OfferExpiryProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "offer_expiry_progress",
                schema: "scheduling",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    told_through = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offer_expiry_progress", x => x.id);
                    table.CheckConstraint("ck_offer_expiry_progress_single", "id = 1");
                });

            // Until now each expired offer was told when its row was updated: everyone up to the latest such deadline was told.
            migrationBuilder.Sql("""
                INSERT INTO scheduling.offer_expiry_progress (id, told_through)
                SELECT 1, coalesce(max(deadline), '-infinity') FROM scheduling.appointments WHERE status = 'Expired'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "offer_expiry_progress",
                schema: "scheduling");
        }
    }
}
