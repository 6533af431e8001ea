using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <inheritdoc />
    internal sealed partial class ApplicantRoleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_roles_role_id",
                schema: "accounts",
                table: "user_roles");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id_user_id",
                schema: "accounts",
                table: "user_roles",
                columns: new[] { "role_id", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_roles_role_id_user_id",
                schema: "accounts",
                table: "user_roles");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                schema: "accounts",
                table: "user_roles",
                column: "role_id");
        }
    }
}
