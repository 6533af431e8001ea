using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.SchedulingFacts;

internal sealed class GetSchedulingFactsHandler(AccountsDbContext db) : IRequestHandler<GetSchedulingFacts, Contracts.SchedulingFacts?>
{
    public async Task<Contracts.SchedulingFacts?> Handle(GetSchedulingFacts request, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .Select(u => new Contracts.SchedulingFacts(u.Id, u.RegisteredAt, u.ClosedAt != null, u.DisabledAt != null))
            .SingleOrDefaultAsync(cancellationToken);
}
