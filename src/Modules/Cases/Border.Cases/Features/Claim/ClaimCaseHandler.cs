using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Claim;

/// <summary>One conditional update takes the claim: of two officers claiming at once, exactly one changes the row.</summary>
internal sealed class ClaimCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<ClaimCase, bool>
{
    public async Task<bool> Handle(ClaimCase request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Cases
            .Where(c => c.Id == request.CaseId && c.ClaimedBy == null && c.State == CaseState.Submitted)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimedBy, request.StaffId).SetProperty(c => c.ClaimedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == request.CaseId, cancellationToken);
        CaseHistory.Record(db, @case, CaseEventKind.Claimed, request.StaffId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
