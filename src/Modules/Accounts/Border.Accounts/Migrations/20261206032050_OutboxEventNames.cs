using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Accounts.Migrations
{
    /// <summary>Rows waiting in the outbox get their events' stable names in place of the class names they were written with.</summary>
    internal sealed partial class OutboxEventNames : Migration
    {
        // Every event this module wrote to its outbox when the names came in, frozen here as it was then.
        private static readonly (string ClassName, string Name)[] Events =
        [
            ("Border.Accounts.Contracts.ApplicantRegistered, Border.Accounts.Contracts", "accounts.applicant-registered"),
            ("Border.Accounts.Contracts.AccountClosed, Border.Accounts.Contracts", "accounts.account-closed"),
            ("Border.Notifications.Contracts.NotificationRequested, Border.Notifications.Contracts", "notifications.notification-requested"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.NameOutboxEvents("accounts", Events);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.RestoreOutboxClassNames("accounts", Events);
    }
}
