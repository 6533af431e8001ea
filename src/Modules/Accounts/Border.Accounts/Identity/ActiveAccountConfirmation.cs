using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Identity;

/// <summary>
/// What Identity asks before any sign-in: an account an admin disabled may not sign in, by password or by a
/// second factor. Email confirmation is not asked for; applicants may sign in before confirming.
/// </summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<BorderUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<BorderUser> manager, BorderUser user) => Task.FromResult(user.DisabledAt is null);
}
