using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;
using IdentitySignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Border.Accounts.Features.SignIn;

internal static class SignInOutcome
{
    public static async Task<Contracts.SignInResponse> FromAsync(IdentitySignInResult result, BorderUser user, UserManager<BorderUser> users)
    {
        if (result.Succeeded)
        {
            return new Contracts.SignInResponse(SignInStatus.Succeeded, [.. await users.GetRolesAsync(user)]);
        }

        return Contracts.SignInResponse.Of(
            result.IsLockedOut ? SignInStatus.LockedOut
            : result.RequiresTwoFactor ? SignInStatus.RequiresTwoFactor
            : SignInStatus.Failed);
    }
}
