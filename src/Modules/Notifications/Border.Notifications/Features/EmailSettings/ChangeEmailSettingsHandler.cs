using Border.Notifications.Contracts;
using Border.Notifications.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.EmailSettings;

/// <summary>Keeps the topics the person left on; anything not a known topic is ignored.</summary>
internal sealed class ChangeEmailSettingsHandler(NotificationsDbContext db, TimeProvider clock) : IRequestHandler<ChangeEmailSettings, Unit>
{
    public async Task<Unit> Handle(ChangeEmailSettings request, CancellationToken cancellationToken)
    {
        var off = EmailTopics.All.Except(request.TopicsOn).ToList();
        var now = clock.GetUtcNow();
        // One statement, so two quick saves from two tabs cannot collide on the insert.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO notifications.email_preferences (recipient_id, topics_off, updated_at)
            VALUES ({request.RecipientId}, {off}, {now})
            ON CONFLICT (recipient_id) DO UPDATE SET topics_off = excluded.topics_off, updated_at = excluded.updated_at
            """, cancellationToken);
        return Unit.Value;
    }
}
