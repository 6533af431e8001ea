using System.Text.Json;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Rules;

/// <summary>The account's state as the audit log records it before and after an admin's action.</summary>
internal static class AccountSnapshot
{
    public static async Task<AccountAuditState> OfAsync(AccountsDbContext db, BorderUser user, CancellationToken cancellationToken)
    {
        var roleIds = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(cancellationToken);
        return new AccountAuditState(RoleSeed.NamesOf(roleIds), user.DisabledAt is not null, user.TwoFactorEnabled, user.HomePort);
    }

    /// <summary>An entry's JSON read back; entries this module did not write (none yet) read as nothing.</summary>
    public static AccountAuditState? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AccountAuditState>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
