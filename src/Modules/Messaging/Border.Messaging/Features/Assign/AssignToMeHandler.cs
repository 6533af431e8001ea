using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Assign;

/// <summary>
/// One conditional UPDATE: only a conversation still unassigned is taken, so of officers pressing at once exactly
/// one row changes and one officer wins; the others are told it is taken.
/// </summary>
internal sealed class AssignToMeHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<AssignToMe, bool>
{
    public async Task<bool> Handle(AssignToMe request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.Conversations
            .Where(c => c.Id == request.ConversationId && c.State == ConversationState.Unassigned && c.AssignedTo == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedTo, request.StaffId).SetProperty(c => c.State, ConversationState.Assigned), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        var applicant = await db.Conversations.Where(c => c.Id == request.ConversationId).Select(c => c.ApplicantId).SingleAsync(cancellationToken);
        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, applicant, MessagingAuditActions.Assigned, after: new { request.ConversationId });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
