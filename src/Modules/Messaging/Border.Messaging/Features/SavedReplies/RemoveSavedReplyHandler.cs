using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.SavedReplies;

internal sealed class RemoveSavedReplyHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<RemoveSavedReply, bool>
{
    public async Task<bool> Handle(RemoveSavedReply request, CancellationToken cancellationToken)
    {
        var reply = await db.SavedReplies.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (reply is null)
        {
            return false;
        }

        db.SavedReplies.Remove(reply);
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, null, MessagingAuditActions.SavedReplyRemoved, before: new { reply.Id, reply.Title, reply.English, reply.Spanish });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
