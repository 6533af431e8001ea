using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

internal sealed class EnableAuthenticatorHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn)
    : IRequestHandler<EnableAuthenticator, IReadOnlyList<string>>
{
    public const int RecoveryCodes = 10;

    public async Task<IReadOnlyList<string>> Handle(EnableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        var code = (request.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            throw new RequestValidationException([new ValidationFailure(
                nameof(request.Code), "That code is not right. Codes change every 30 seconds; enter the one your app shows now.")]);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes) ?? [];
        // The code just given is the second factor of this session too.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor)]);
        return [.. codes];
    }
}
