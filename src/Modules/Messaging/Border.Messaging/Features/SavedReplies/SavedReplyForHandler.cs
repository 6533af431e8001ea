using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.SavedReplies;

/// <summary>The applicant's language is asked of Accounts (the one their emails are written in); Spanish or else English.</summary>
internal sealed class SavedReplyForHandler(MessagingDbContext db, IMediator mediator) : IRequestHandler<SavedReplyFor, string?>
{
    public async Task<string?> Handle(SavedReplyFor request, CancellationToken cancellationToken)
    {
        var reply = await db.SavedReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ReplyId, cancellationToken);
        var applicant = await db.Conversations.Where(c => c.Id == request.ConversationId).Select(c => (Guid?)c.ApplicantId).SingleOrDefaultAsync(cancellationToken);
        if (reply is null || applicant is null)
        {
            return null;
        }

        var recipient = (await mediator.Send(new GetEmailRecipients([applicant.Value]), cancellationToken)).SingleOrDefault();
        return recipient?.Culture.StartsWith("es", StringComparison.OrdinalIgnoreCase) == true ? reply.Spanish : reply.English;
    }
}
