using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

internal sealed class EnableAuthenticatorHandler(
    UserManager<BorderUser> users,
    IUserStore<BorderUser> store,
    AccountsDbContext db,
    SignInManager<BorderUser> signIn,
    IDataProtectionProvider protection)
    : IRequestHandler<EnableAuthenticator, IReadOnlyList<string>>
{
    public const int RecoveryCodes = 10;

    public async Task<IReadOnlyList<string>> Handle(EnableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        var key = PendingAuthenticatorKey.Unprotect(protection, user.Id, request.PendingKey ?? string.Empty)
            ?? throw new RequestValidationException([new ValidationFailure(
                nameof(request.Code), "This setup is more than an hour old. Start again to get a new key for your app.")]);
        var code = (request.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

        // The key is stored only now; the one-time check below reads it from the account, as every later sign-in will.
        await ((IUserAuthenticatorKeyStore<BorderUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            // Nothing was saved: forget the unsaved key so nothing later in this request writes it.
            db.ChangeTracker.Clear();
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
