using Border.Shared.Snapshots;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <summary>Every committed change to what a person's snapshot shows is heard by the nodes (PersonChangeTriggers).</summary>
    internal sealed partial class PersonChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Function("accounts"));
            migrationBuilder.Sql(PersonChangeTriggers.For("accounts", "users", "id"));
            migrationBuilder.Sql(PersonChangeTriggers.For("accounts", "applicant_profiles", "user_id"));
            migrationBuilder.Sql(PersonChangeTriggers.For("accounts", "group_members", "owner_id"));
            migrationBuilder.Sql(PersonChangeTriggers.For("accounts", "identity_documents", "owner_id"));
            migrationBuilder.Sql(PersonChangeTriggers.For("accounts", "stored_files", "owner_id"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PersonChangeTriggers.Drop("accounts", "users"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("accounts", "applicant_profiles"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("accounts", "group_members"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("accounts", "identity_documents"));
            migrationBuilder.Sql(PersonChangeTriggers.Drop("accounts", "stored_files"));
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS accounts.person_changed();");
        }
    }
}
