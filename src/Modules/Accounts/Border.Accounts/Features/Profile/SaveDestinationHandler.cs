using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveDestinationHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveDestination, Unit>
{
    public async Task<Unit> Handle(SaveDestination request, CancellationToken cancellationToken)
    {
        await ProfileStore.UpdateAsync(db, request.UserId, clock.GetUtcNow(), profile =>
        {
            profile.DestinationStreet = ProfileStore.Clean(request.Street);
            profile.DestinationUnit = ProfileStore.Clean(request.Unit);
            profile.DestinationCity = ProfileStore.Clean(request.City);
            profile.DestinationState = request.State!.Trim();
            profile.DestinationZip = request.Zip!.Trim();
        }, cancellationToken);
        return Unit.Value;
    }
}
