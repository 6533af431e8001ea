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
    private const int Attempts = 3;

    public async Task<bool> Handle(Contracts.WithdrawCase request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWithdrawAsync(request, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The checks that run after submission write to the case too; read it again and decide on what is there
                // now. A decision or a closed deadline in the same moment makes the case no longer withdrawable.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }
    }

    private async Task<bool> TryWithdrawAsync(Contracts.WithdrawCase request, CancellationToken cancellationToken)
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
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
