using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Inbox;

/// <summary>
/// One page of the shared inbox. Open views go longest waiting first; closed goes most recently closed first. The
/// position is repeated as a plain bound beside the exact keyset condition so PostgreSQL starts its index range there.
/// </summary>
internal sealed class ListInboxHandler(MessagingDbContext db) : IRequestHandler<ListInbox, InboxPage>
{
    public const int PageSize = 25;

    public async Task<InboxPage> Handle(ListInbox request, CancellationToken cancellationToken)
    {
        var conversations = db.Conversations.AsNoTracking();
        conversations = request.View switch
        {
            InboxView.Unassigned => conversations.Where(c => c.State == ConversationState.Unassigned),
            InboxView.Mine => conversations.Where(c => c.AssignedTo == request.StaffId && c.State == ConversationState.Assigned),
            InboxView.Waiting => conversations.Where(c => c.State == ConversationState.WaitingOnApplicant),
            _ => conversations.Where(c => c.State == ConversationState.Closed),
        };
        if (!string.IsNullOrEmpty(request.PortCode))
        {
            conversations = conversations.Where(c => c.PortCode == request.PortCode);
        }

        if (request.Topic is { } topic)
        {
            conversations = conversations.Where(c => c.Topic == topic);
        }

        var newestFirst = request.View == InboxView.Closed;
        if (request.After is { } after)
        {
            conversations = newestFirst
                ? conversations.Where(c => c.QueueAt <= after.QueueAt && (c.QueueAt < after.QueueAt || c.Id < after.Id))
                : conversations.Where(c => c.QueueAt >= after.QueueAt && (c.QueueAt > after.QueueAt || c.Id > after.Id));
        }

        conversations = newestFirst
            ? conversations.OrderByDescending(c => c.QueueAt).ThenByDescending(c => c.Id)
            : conversations.OrderBy(c => c.QueueAt).ThenBy(c => c.Id);
        var rows = await conversations
            .Take(PageSize + 1)
            .Select(c => new InboxItem(c.Id, c.ApplicantId, c.Topic, c.Reference, c.PortCode, c.Subject, c.State, c.AssignedTo, c.QueueAt))
            .ToListAsync(cancellationToken);
        var page = rows.Take(PageSize).ToList();
        return new InboxPage(page, rows.Count > PageSize ? new InboxCursor(page[^1].QueueAt, page[^1].Id) : null);
    }
}
