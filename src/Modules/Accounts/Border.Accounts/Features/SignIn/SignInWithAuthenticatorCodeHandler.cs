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

        var code = request.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await SignInOutcome.FromAsync(result, user, users);
    }
}
