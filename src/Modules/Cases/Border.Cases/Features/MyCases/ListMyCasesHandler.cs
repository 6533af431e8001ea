using Border.Cases.Contracts;
using Border.Cases.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.MyCases;

internal sealed class ListMyCasesHandler(CasesDbContext db) : IRequestHandler<ListMyCases, IReadOnlyList<CaseSummary>>
{
    public async Task<IReadOnlyList<CaseSummary>> Handle(ListMyCases request, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == request.UserId && c.State != CaseState.Discarded)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new CaseSummary(c.Id, c.Kind, c.State, c.Receipt, c.CreatedAt, c.SubmittedAt))
            .ToListAsync(cancellationToken);
}
