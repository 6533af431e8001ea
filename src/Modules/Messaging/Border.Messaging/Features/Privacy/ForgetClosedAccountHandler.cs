using Border.Accounts.Contracts;
using Border.Messaging.Data;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Privacy;

/// <summary>
/// Erases a closed account's conversations: every message in them (the officers' answers too, which quote the
/// person's words), every attachment and the form keys. Nothing waits in an inbox for an account that cannot read it.
/// </summary>
internal sealed class ForgetClosedAccountHandler(MessagingDbContext db, TimeProvider clock) : INotificationHandler<AccountClosed>
{
    public async Task Handle(AccountClosed notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ForgetClosedAccountHandler), clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var theirs = db.Conversations.Where(c => c.ApplicantId == notification.UserId).Select(c => c.Id);
        await db.Attachments.Where(a => theirs.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => theirs.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.FormKeys.Where(k => k.UserId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Conversations.Where(c => c.ApplicantId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
