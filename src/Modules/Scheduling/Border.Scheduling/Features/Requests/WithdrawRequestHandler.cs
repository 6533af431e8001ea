using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Requests;

/// <summary>
/// A conditional update: only the applicant's own request, only while it waits for its draw. The draw locks every
/// port's row before it reads the window; the withdrawal shares the lock on its port's row first, so it either
/// lands before the draw reads (and is left out) or finds the draw's run and is refused: never both.
/// </summary>
internal sealed class WithdrawRequestHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<WithdrawRequest, bool>
{
    public async Task<bool> Handle(WithdrawRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            SELECT 1 FROM scheduling.ports
            WHERE code = (SELECT port_code FROM scheduling.appointment_requests WHERE id = {request.RequestId} AND applicant_id = {request.UserId})
            FOR SHARE
            """, cancellationToken);
        var changed = await Pending.Requests(db)
            .Where(r => r.Id == request.RequestId && r.ApplicantId == request.UserId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RequestStatus.Withdrawn).SetProperty(x => x.ClosedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }
}
