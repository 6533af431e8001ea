using Border.Cases.Contracts;
using Border.Cases.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.StaffCounts;

internal sealed class CountCasesWaitingHandler(CasesDbContext db) : IRequestHandler<CountCasesWaiting, CasesWaiting>
{
    public async Task<CasesWaiting> Handle(CountCasesWaiting request, CancellationToken cancellationToken)
    {
        var waiting = db.Cases.Where(c => c.State == CaseState.Submitted && c.ClaimedBy == null);
        if (request.Port is { } port)
        {
            waiting = waiting.Where(c => c.PortCode == port);
        }

        var mine = await db.Cases.CountAsync(
            c => c.ClaimedBy == request.StaffId && (c.State == CaseState.Submitted || c.State == CaseState.DocumentsRequested),
            cancellationToken);
        return new CasesWaiting(await waiting.CountAsync(cancellationToken), mine);
    }
}
