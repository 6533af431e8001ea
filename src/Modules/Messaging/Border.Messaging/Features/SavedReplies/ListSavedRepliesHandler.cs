using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.SavedReplies;

internal sealed class ListSavedRepliesHandler(MessagingDbContext db) : IRequestHandler<ListSavedReplies, IReadOnlyList<SavedReplyView>>
{
    public async Task<IReadOnlyList<SavedReplyView>> Handle(ListSavedReplies request, CancellationToken cancellationToken) =>
        await db.SavedReplies.AsNoTracking()
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new SavedReplyView(r.Id, r.Title, r.English, r.Spanish))
            .ToListAsync(cancellationToken);
}
