using Border.Accounts.Contracts;
using Border.Notifications.Data;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.Privacy;

/// <summary>Erases a closed account's inbox, emails not yet sent and settings. Emails go with their notifications.</summary>
internal sealed class ForgetClosedAccountHandler(NotificationsDbContext db, TimeProvider clock) : INotificationHandler<AccountClosed>
{
    public async Task Handle(AccountClosed notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ForgetClosedAccountHandler), clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Notifications.Where(n => n.RecipientId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.EmailPreferences.Where(p => p.RecipientId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
