using Border.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.StaffAccounts;

/// <summary>What an admin can change about an account, as the audit log records it before and after. Never a secret.</summary>
internal sealed record AccountSnapshot(IReadOnlyList<string> Roles, bool Disabled, bool TwoFactor)
{
    public static async Task<AccountSnapshot> OfAsync(AccountsDbContext db, BorderUser user, CancellationToken cancellationToken)
    {
        var roleIds = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(cancellationToken);
        return new AccountSnapshot(RoleSeed.NamesOf(roleIds), user.DisabledAt is not null, user.TwoFactorEnabled);
    }
}
