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
        await ProfileStore.UpdateAsync(db, request.UserId, clock.GetUtcNow(), profile =>
        {
            profile.CountryOfBirth = request.CountryOfBirth!.Trim();
            profile.Nationality = request.Nationality!.Trim();
        }, cancellationToken);
        return Unit.Value;
    }
}
