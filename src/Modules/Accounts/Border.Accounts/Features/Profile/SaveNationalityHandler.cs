using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveNationalityHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveNationality, Unit>
{
    public async Task<Unit> Handle(SaveNationality request, CancellationToken cancellationToken)
    {
        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.Nationality), cancellationToken);
        var now = clock.GetUtcNow();
        await ProfileStore.UpdateAsync(db, request.UserId, now, profile =>
        {
            var nationality = request.Nationality!.Trim();
            if (profile.Nationality != nationality)
            {
                TravellerChanges.Tell(db, request.UserId, now);
            }

            profile.CountryOfBirth = request.CountryOfBirth!.Trim();
            profile.Nationality = nationality;
        }, cancellationToken);
        return Unit.Value;
    }
}
