using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveBirthHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveBirth, Unit>
{
    public async Task<Unit> Handle(SaveBirth request, CancellationToken cancellationToken)
    {
        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.DateOfBirth), cancellationToken);
        var dateOfBirth = DateAnswer.Parse(request.DateOfBirth);
        var now = clock.GetUtcNow();
        await ProfileStore.UpdateAsync(db, request.UserId, now, profile =>
        {
            if (profile.DateOfBirth != dateOfBirth)
            {
                TravellerChanges.Tell(db, request.UserId, now);
            }

            profile.DateOfBirth = dateOfBirth;
            profile.Sex = request.Sex;
        }, cancellationToken);
        return Unit.Value;
    }
}
