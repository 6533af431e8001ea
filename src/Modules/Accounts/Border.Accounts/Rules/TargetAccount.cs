using Border.Accounts.Data;
using Border.Shared.Validation;

namespace Border.Accounts.Rules;

/// <summary>The account an admin acts on: it must exist and must not be closed.</summary>
internal static class TargetAccount
{
    /// <summary>Refusals on the admins' confirmation pages are about the action as a whole, not one field.</summary>
    public const string Field = "Confirm";

    public static async Task<BorderUser> LoadAsync(AccountsDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([userId], cancellationToken) ?? throw Refused("This account does not exist.");
        return user.ClosedAt is null ? user : throw Refused("This account is closed. Nothing about it can be changed.");
    }

    public static RequestValidationException Refused(string message) => new([new ValidationFailure(Field, message)]);

    /// <summary>A new security stamp: every session of the account ends at its next check (within a minute).</summary>
    public static void EndSessions(BorderUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
