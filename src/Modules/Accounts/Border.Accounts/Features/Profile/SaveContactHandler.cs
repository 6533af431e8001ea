using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveContactHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveContact, Unit>
{
    public async Task<Unit> Handle(SaveContact request, CancellationToken cancellationToken)
    {
        await ProfileStore.UpdateAsync(db, request.UserId, clock.GetUtcNow(), profile => profile.Phone = ProfileStore.Clean(request.Phone), cancellationToken);
        return Unit.Value;
    }
}
