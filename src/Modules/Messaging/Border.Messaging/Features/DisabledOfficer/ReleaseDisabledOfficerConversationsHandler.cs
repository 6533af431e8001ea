using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.DisabledOfficer;

/// <summary>
/// A disabled officer's conversations lose their officer: one waiting for an answer goes back to unassigned, and
/// one waiting on the applicant (or closed) comes back unassigned when the applicant writes again. Each change is
/// audited in the admin's name; the inbox makes a redelivery do nothing.
/// </summary>
internal sealed class ReleaseDisabledOfficerConversationsHandler(MessagingDbContext db, TimeProvider clock) : INotificationHandler<AccountDisabled>
{
    public async Task Handle(AccountDisabled notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ReleaseDisabledOfficerConversationsHandler), now, cancellationToken))
        {
            return;
        }

        var assigned = await db.Conversations.Where(c => c.AssignedTo == notification.UserId).ToListAsync(cancellationToken);
        foreach (var conversation in assigned)
        {
            var before = new { conversation.Id, State = conversation.State.ToString(), AssignedTo = notification.UserId };
            conversation.AssignedTo = null;
            if (conversation.State == ConversationState.Assigned)
            {
                conversation.State = ConversationState.Unassigned;
            }

            db.AddAuditEntry(now, notification.ActorId, conversation.ApplicantId, MessagingAuditActions.Released, before,
                new { conversation.Id, State = conversation.State.ToString(), AssignedTo = (Guid?)null });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
