using Border.Accounts.Data;
using Border.Accounts.Identity;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Invitations;

internal static class InvitationLink
{
    public static Task<string> MakeAsync(UserManager<BorderUser> users, BorderUser user) =>
        users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);

    /// <summary>
    /// The invited account when the link still works: the invitation not yet accepted, the account not disabled,
    /// and the token less than 72 hours old with the account's current security stamp.
    /// </summary>
    public static async Task<BorderUser?> OpenAsync(UserManager<BorderUser> users, Guid userId, string code)
    {
        if (await AccountLinks.OpenAsync(users, userId, code ?? string.Empty) is not (var user, var token)
            || user.InvitedAt is null || user.PasswordHash is not null || user.DisabledAt is not null || user.ClosedAt is not null)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token) ? user : null;
    }
}
