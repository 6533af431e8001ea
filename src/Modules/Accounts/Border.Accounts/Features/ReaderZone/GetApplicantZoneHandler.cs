using Border.Accounts.Contracts.Places;
using Border.Accounts.Data;
using Border.Shared.Snapshots;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.ReaderZone;

/// <summary>Only ever shown (the zone a page writes times in), so it comes from the person's snapshot.</summary>
internal sealed class GetApplicantZoneHandler(AccountsDbContext db, PersonSnapshots snapshots) : IRequestHandler<GetApplicantZone, string>
{
    public async Task<string> Handle(GetApplicantZone request, CancellationToken cancellationToken) =>
        await snapshots.ReadAsync(request.UserId, "accounts.zone", fromMemory: true, ct => ReadAsync(request.UserId, ct), cancellationToken);

    private async Task<string> ReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var state = await db.Profiles.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => p.CurrentState)
            .FirstOrDefaultAsync(cancellationToken);
        return StateTimeZones.Of(state);
    }
}
