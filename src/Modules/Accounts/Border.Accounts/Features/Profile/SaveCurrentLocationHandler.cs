using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveCurrentLocationHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveCurrentLocation, Unit>
{
    public async Task<Unit> Handle(SaveCurrentLocation request, CancellationToken cancellationToken)
    {
        await ProfileStore.UpdateAsync(db, request.UserId, clock.GetUtcNow(), profile =>
        {
            profile.CurrentCity = ProfileStore.Clean(request.City);
            profile.CurrentState = request.State!.Trim();
        }, cancellationToken);
        return Unit.Value;
    }
}
