using Border.Accounts.Contracts;
using Border.Messaging.Data;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Privacy;

/// <summary>
/// Erases a closed account's conversations with their messages, files and form keys; for a staff account, the name it
/// showed applicants. The audit log keeps only ids (see docs/features.md).
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
        var conversations = db.Conversations.Where(c => c.ApplicantId == notification.UserId).Select(c => c.Id);
        await db.Attachments.Where(a => conversations.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => conversations.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.FormKeys.Where(k => k.UserId == notification.UserId || conversations.Contains(k.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Conversations.Where(c => c.ApplicantId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.OfficerNames.Where(n => n.StaffId == notification.UserId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
