using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Accounts.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Passwords;

internal sealed class ResetPasswordHandler(UserManager<BorderUser> users, SessionStore sessions) : IRequestHandler<ResetPassword, bool>
{
    public async Task<bool> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        if (await AccountLinks.OpenAsync(users, request.UserId, request.Code) is not (var user, var token))
        {
            return false;
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.NewPassword), "Enter a new password.")]);
        }

        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<BorderUser>.ResetPasswordTokenPurpose, token))
        {
            return false;
        }

        // The new password's own rules are checked here; a good one changes the security stamp, so the link is spent.
        PasswordResults.ThrowIfRefused(await users.ResetPasswordAsync(user, token, request.NewPassword), nameof(request.NewPassword));
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await sessions.EndAllAsync(user.Id);
        return true;
    }
}
