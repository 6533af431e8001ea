using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.StaffAccounts.GetAccount;

internal sealed class GetAccountHandler(AccountsDbContext db) : IRequestHandler<Contracts.GetAccount, AccountDetails?>
{
    private const int HistoryShown = 100;

    public async Task<AccountDetails?> Handle(Contracts.GetAccount request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roleIds = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(cancellationToken);
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectId == user.Id)
            .OrderByDescending(a => a.OccurredAt)
            .Take(HistoryShown)
            .ToListAsync(cancellationToken);
        var actorIds = entries.Select(a => a.ActorId).Distinct().ToList();
        var actors = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);

        return new AccountDetails(
            user.Id,
            user.Email,
            RoleSeed.NamesOf(roleIds),
            AccountStates.Of(user.ClosedAt, user.DisabledAt, user.InvitedAt, user.PasswordHash is not null),
            user.TwoFactorEnabled,
            user.EmailConfirmed,
            user.PreferredCulture,
            user.RegisteredAt,
            user.InvitedAt,
            user.DisabledAt,
            user.ClosedAt,
            [.. entries.Select(a => new AuditRecord(a.OccurredAt, a.ActorId, actors.GetValueOrDefault(a.ActorId), a.Action, AccountSnapshot.Read(a.Before), AccountSnapshot.Read(a.After)))])
        {
            HomePort = user.HomePort,
        };
    }
}
