using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Requests;

/// <summary>
/// A conditional update: only the applicant's own request, only while pending. The draw moves requests out of
/// Pending in its own transaction, so a withdrawal and a draw cannot both win.
/// </summary>
internal sealed class WithdrawRequestHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<WithdrawRequest, bool>
{
    public async Task<bool> Handle(WithdrawRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Requests
            .Where(r => r.Id == request.RequestId && r.ApplicantId == request.UserId && r.Status == RequestStatus.Pending)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RequestStatus.Withdrawn).SetProperty(x => x.ClosedAt, now), cancellationToken);
        return changed == 1;
    }
}
