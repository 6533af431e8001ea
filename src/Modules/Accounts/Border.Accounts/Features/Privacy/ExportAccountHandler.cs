using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Privacy;

internal sealed class ExportAccountHandler(AccountsDbContext db, IMediator mediator) : IRequestHandler<ExportAccount, AccountExport>
{
    public async Task<AccountExport> Handle(ExportAccount request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == request.UserId, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == request.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return new AccountExport(
            user.Email ?? string.Empty, user.EmailConfirmed, user.PreferredCulture, user.RegisteredAt, user.TwoFactorEnabled, roles,
            await mediator.Send(new GetProfile(request.UserId), cancellationToken));
    }
}
