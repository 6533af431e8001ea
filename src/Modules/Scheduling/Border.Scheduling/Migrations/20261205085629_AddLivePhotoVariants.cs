using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class AddLivePhotoVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "thumbnail_ciphertext",
                schema: "scheduling",
                table: "live_photos",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "view_ciphertext",
                schema: "scheduling",
                table: "live_photos",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "thumbnail_ciphertext",
                schema: "scheduling",
                table: "live_photos");

            migrationBuilder.DropColumn(
                name: "view_ciphertext",
                schema: "scheduling",
                table: "live_photos");
        }
    }
}
