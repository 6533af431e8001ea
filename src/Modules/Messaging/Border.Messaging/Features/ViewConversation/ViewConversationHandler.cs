using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.ViewConversation;

/// <summary>A conversation as an officer reads it; the read is audited before anything is returned.</summary>
internal sealed class ViewConversationHandler(MessagingDbContext db, TimeProvider clock, OfficerLabels officers) : IRequestHandler<Contracts.ViewConversation, ConversationView?>
{
    public async Task<ConversationView?> Handle(Contracts.ViewConversation request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, conversation.ApplicantId, MessagingAuditActions.Viewed, after: new { conversation.Id, conversation.Subject });
        await db.SaveChangesAsync(cancellationToken);
        return await ConversationPages.ReadAsync(db, officers, conversation, request.Before, cancellationToken);
    }
}
