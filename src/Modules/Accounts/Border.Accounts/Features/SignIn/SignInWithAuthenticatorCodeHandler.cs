using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.SignIn;

internal sealed class SignInWithAuthenticatorCodeHandler(SignInManager<BorderUser> signIn, UserManager<BorderUser> users)
    : IRequestHandler<SignInWithAuthenticatorCode, SignInResponse>
{
    public async Task<SignInResponse> Handle(SignInWithAuthenticatorCode request, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResponse.Of(SignInStatus.Failed);
        }

        var typed = request.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var digits = typed.Replace("-", string.Empty, StringComparison.Ordinal);
        // Six digits come from the app; anything longer is one of the recovery codes shown when two-factor was turned on.
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(typed.ToUpperInvariant());
        return await SignInOutcome.FromAsync(result, user, users);
    }
}
