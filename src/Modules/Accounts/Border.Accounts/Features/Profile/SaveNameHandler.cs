using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveNameHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveName, Unit>
{
    public async Task<Unit> Handle(SaveName request, CancellationToken cancellationToken)
    {
        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.FullName), cancellationToken);
        var now = clock.GetUtcNow();
        await ProfileStore.UpdateAsync(db, request.UserId, now, profile =>
        {
            var fullName = ProfileStore.Clean(request.FullName);
            if (profile.FullName != fullName)
            {
                TravellerChanges.Tell(db, request.UserId, now);
            }

            profile.FullName = fullName;
            profile.OtherNames = ProfileStore.Clean(request.OtherNames);
        }, cancellationToken);
        return Unit.Value;
    }
}
