using Border.Accounts.Contracts.Places;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.ReaderZone;

internal sealed class GetApplicantZoneHandler(AccountsDbContext db) : IRequestHandler<GetApplicantZone, string>
{
    public async Task<string> Handle(GetApplicantZone request, CancellationToken cancellationToken)
    {
        var state = await db.Profiles.AsNoTracking()
            .Where(p => p.UserId == request.UserId)
            .Select(p => p.CurrentState)
            .FirstOrDefaultAsync(cancellationToken);
        return StateTimeZones.Of(state);
    }
}
