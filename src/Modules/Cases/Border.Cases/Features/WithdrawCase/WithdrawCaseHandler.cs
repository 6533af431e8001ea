using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.WithdrawCase;

/// <summary>Withdraws a case not yet decided; its claim and any open document request end with it.</summary>
internal sealed class WithdrawCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.WithdrawCase, bool>
{
    public async Task<bool> Handle(Contracts.WithdrawCase request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is null || !Transitions.CanWithdraw(@case.State))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var before = new { State = @case.State.ToString() };
        @case.State = CaseState.Withdrawn;
        @case.ClaimedBy = null;
        @case.ClaimedAt = null;
        @case.ClosedAt = now;
        @case.UpdatedAt = now;
        await db.DocumentRequests.Where(r => r.CaseId == @case.Id && r.AnsweredAt == null && r.ClosedAt == null)
            .ForEachAsync(r => r.ClosedAt = now, cancellationToken);
        CaseHistory.Record(db, @case, CaseEventKind.Withdrawn, request.UserId, now, before: before);
        CaseHistory.Tell(db, @case, NotificationKinds.CaseWithdrawn, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An officer decided (or the deadline closed it) in the same moment: the case is no longer withdrawable.
            return false;
        }

        return true;
    }
}
