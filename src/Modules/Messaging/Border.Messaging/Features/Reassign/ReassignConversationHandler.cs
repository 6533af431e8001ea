using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.Reassign;

/// <summary>
/// As "assign to me": one conditional UPDATE, here on who the officer saw it assigned to. Of officers reassigning the
/// same conversation at once exactly one row changes; the others (and anyone who read the page before a release or an
/// "assign to me") are told it changed, and their choice overwrites nobody's.
/// </summary>
internal sealed class ReassignConversationHandler(MessagingDbContext db, AssignableOfficers officers, TimeProvider clock)
    : IRequestHandler<ReassignConversation, Reassignment>
{
    public async Task<Reassignment> Handle(ReassignConversation request, CancellationToken cancellationToken)
    {
        if ((await officers.ListAsync(cancellationToken)).All(o => o.StaffId != request.ToStaffId))
        {
            throw Refusal.Of(new ValidationFailure("ToStaffId", "Choose an active officer."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Conversations
            .Where(c => c.Id == request.ConversationId && c.State != ConversationState.Closed && c.AssignedTo == request.ExpectedAssignee)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.AssignedTo, request.ToStaffId)
                    .SetProperty(c => c.State, c => c.State == ConversationState.Unassigned ? ConversationState.Assigned : c.State),
                cancellationToken);
        if (changed == 0)
        {
            var open = await db.Conversations.AnyAsync(c => c.Id == request.ConversationId && c.State != ConversationState.Closed, cancellationToken);
            return open ? Reassignment.ChangedMeanwhile : Reassignment.NotFound;
        }

        var applicant = await db.Conversations.Where(c => c.Id == request.ConversationId).Select(c => c.ApplicantId).SingleAsync(cancellationToken);
        db.AddAuditEntry(
            clock.GetUtcNow(), request.StaffId, applicant, MessagingAuditActions.Reassigned,
            before: new { request.ConversationId, AssignedTo = request.ExpectedAssignee },
            after: new { request.ConversationId, AssignedTo = request.ToStaffId });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Reassignment.Reassigned;
    }
}
