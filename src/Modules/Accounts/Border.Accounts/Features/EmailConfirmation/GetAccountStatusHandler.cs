using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.EmailConfirmation;

internal sealed class GetAccountStatusHandler(AccountsDbContext db, AccountsMappings mappings) : IRequestHandler<GetAccountStatus, AccountStatus?>
{
    public Task<AccountStatus?> Handle(GetAccountStatus request, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId && u.Email != null)
            .ProjectToType<AccountStatus>(mappings)
            .SingleOrDefaultAsync(cancellationToken);
}
