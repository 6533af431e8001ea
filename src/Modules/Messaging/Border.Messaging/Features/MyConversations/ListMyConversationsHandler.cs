using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.MyConversations;

internal sealed class ListMyConversationsHandler(MessagingDbContext db) : IRequestHandler<ListMyConversations, ConversationList>
{
    private const int PageSize = 20;

    public async Task<ConversationList> Handle(ListMyConversations request, CancellationToken cancellationToken)
    {
        var conversations = db.Conversations.AsNoTracking().Where(c => c.ApplicantId == request.UserId);
        if (request.After is { } after)
        {
            conversations = conversations.Where(c => c.LastActivityAt <= after.LastActivityAt && (c.LastActivityAt < after.LastActivityAt || c.Id < after.Id));
        }

        var rows = await conversations
            .OrderByDescending(c => c.LastActivityAt).ThenByDescending(c => c.Id)
            .Take(PageSize + 1)
            .Select(c => new ConversationSummary(c.Id, c.Topic, c.Reference, c.Subject, c.State, c.LastActivityAt, c.UnreadByApplicant))
            .ToListAsync(cancellationToken);
        var page = rows.Take(PageSize).ToList();
        return new ConversationList(page, rows.Count > PageSize ? new ConversationCursor(page[^1].LastActivityAt, page[^1].Id) : null);
    }
}
