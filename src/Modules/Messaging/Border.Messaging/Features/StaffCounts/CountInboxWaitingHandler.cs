using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.StaffCounts;

/// <summary>The same states as the inbox's "Unassigned" and "Mine" views, counted.</summary>
internal sealed class CountInboxWaitingHandler(MessagingDbContext db) : IRequestHandler<CountInboxWaiting, InboxWaiting>
{
    public async Task<InboxWaiting> Handle(CountInboxWaiting request, CancellationToken cancellationToken)
    {
        var unassigned = await db.Conversations.CountAsync(
            c => c.State == ConversationState.Unassigned && (request.PortCode == null || c.PortCode == request.PortCode), cancellationToken);
        var mine = await db.Conversations.CountAsync(
            c => c.AssignedTo == request.StaffId && c.State == ConversationState.Assigned, cancellationToken);
        return new InboxWaiting(unassigned, mine);
    }
}
