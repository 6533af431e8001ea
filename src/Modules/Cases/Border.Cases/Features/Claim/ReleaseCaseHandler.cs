using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Claim;

/// <summary>Gives a case back to the queue: an officer their own claim, a supervisor anyone's.</summary>
internal sealed class ReleaseCaseHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<ReleaseCase, bool>
{
    public async Task<bool> Handle(ReleaseCase request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var holder = await db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId).Select(c => c.ClaimedBy).SingleOrDefaultAsync(cancellationToken);
        if (holder is null || (holder != request.StaffId && !request.AsSupervisor))
        {
            return false;
        }

        var released = await db.Cases
            .Where(c => c.Id == request.CaseId && c.ClaimedBy == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimedBy, (Guid?)null).SetProperty(c => c.ClaimedAt, (DateTimeOffset?)null), cancellationToken);
        if (released == 0)
        {
            return false;
        }

        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == request.CaseId, cancellationToken);
        CaseHistory.Record(db, @case, CaseEventKind.Released, request.StaffId, now, before: new { ClaimedBy = holder });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
