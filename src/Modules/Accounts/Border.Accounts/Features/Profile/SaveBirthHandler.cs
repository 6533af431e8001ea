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
        await ProfileStore.UpdateAsync(db, request.UserId, clock.GetUtcNow(), profile =>
        {
            profile.DateOfBirth = dateOfBirth;
            profile.Sex = request.Sex;
        }, cancellationToken);
        return Unit.Value;
    }
}
