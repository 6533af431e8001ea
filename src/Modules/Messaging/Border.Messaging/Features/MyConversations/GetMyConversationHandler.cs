using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.MyConversations;

/// <summary>Always through the applicant's own id: another applicant's conversation is not found. Reading it marks it read.</summary>
internal sealed class GetMyConversationHandler(MessagingDbContext db, OfficerLabels officers) : IRequestHandler<GetMyConversation, ConversationView?>
{
    public async Task<ConversationView?> Handle(GetMyConversation request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == request.ConversationId && c.ApplicantId == request.UserId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        if (conversation.UnreadByApplicant)
        {
            await db.Conversations
                .Where(c => c.Id == conversation.Id && c.UnreadByApplicant)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnreadByApplicant, false), cancellationToken);
        }

        return await ConversationPages.ReadAsync(db, officers, conversation, request.Before, cancellationToken);
    }
}
