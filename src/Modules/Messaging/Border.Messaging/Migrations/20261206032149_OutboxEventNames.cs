using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Messaging.Migrations
{
    /// <summary>Rows waiting in the outbox get their events' stable names in place of the class names they were written with.</summary>
    internal sealed partial class OutboxEventNames : Migration
    {
        // Every event this module wrote to its outbox when the names came in, frozen here as it was then.
        private static readonly (string ClassName, string Name)[] Events =
        [
            ("Border.Notifications.Contracts.NotificationRequested, Border.Notifications.Contracts", "notifications.notification-requested"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.NameOutboxEvents("messaging", Events);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.RestoreOutboxClassNames("messaging", Events);
    }
}
