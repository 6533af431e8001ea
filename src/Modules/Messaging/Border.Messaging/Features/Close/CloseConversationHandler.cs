using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Close;

/// <summary>Closes an open conversation; the applicant's reply reopens it within the reopen window.</summary>
internal sealed class CloseConversationHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<CloseConversation, bool>
{
    public async Task<bool> Handle(CloseConversation request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == request.ConversationId && c.State != ConversationState.Closed, cancellationToken);
        if (conversation is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        conversation.State = ConversationState.Closed;
        conversation.ClosedAt = now;
        conversation.QueueAt = now;
        db.AddAuditEntry(now, request.StaffId, conversation.ApplicantId, MessagingAuditActions.Closed, after: new { conversation.Id });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
