using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.SavedReplies;

internal sealed class GetSavedReplyHandler(MessagingDbContext db) : IRequestHandler<GetSavedReply, SavedReplyView?>
{
    public Task<SavedReplyView?> Handle(GetSavedReply request, CancellationToken cancellationToken) =>
        db.SavedReplies.AsNoTracking()
            .Where(r => r.Id == request.Id)
            .Select(r => new SavedReplyView(r.Id, r.Title, r.English, r.Spanish))
            .SingleOrDefaultAsync(cancellationToken);
}
