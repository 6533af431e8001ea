using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.SchedulingFacts;

internal sealed class GetSchedulingFactsHandler(AccountsDbContext db, AccountsMappings mappings) : IRequestHandler<GetSchedulingFacts, Contracts.SchedulingFacts?>
{
    public async Task<Contracts.SchedulingFacts?> Handle(GetSchedulingFacts request, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .ProjectToType<Contracts.SchedulingFacts>(mappings)
            .SingleOrDefaultAsync(cancellationToken);
}
