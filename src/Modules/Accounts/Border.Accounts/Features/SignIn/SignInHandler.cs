using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Border.Accounts.Features.SignIn;

/// <summary>
/// Every outcome hashes the password once, an unknown address and a locked account included, and answers an
/// unknown address, a wrong password and a lockout alike (the page says so in one message).
/// </summary>
internal sealed class SignInHandler(
    SignInManager<BorderUser> signIn,
    UserManager<BorderUser> users,
    IPasswordHasher<BorderUser> hasher,
    ILogger<SignInHandler> logger) : IRequestHandler<Contracts.SignIn, SignInResponse>
{
    public async Task<SignInResponse> Handle(Contracts.SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            EqualWork.VerifyForNobody(hasher, request.Password);
            logger.LogInformation("Sign-in refused: no account has the address given");
            return SignInResponse.Of(SignInStatus.Failed);
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsNotAllowed)
        {
            // Only a disabled account is not allowed (ActiveAccountConfirmation). Identity says so before it
            // checks the password; saying "disabled" to someone without the password would tell them the address has an account.
            var disabled = await users.CheckPasswordAsync(user, request.Password);
            logger.LogInformation("Sign-in refused for {UserId}: {Reason}", user.Id, disabled ? "the account is disabled" : "wrong password");
            return SignInResponse.Of(disabled ? SignInStatus.Disabled : SignInStatus.Failed);
        }

        if (result.IsLockedOut)
        {
            // Identity answers a lockout before it hashes anything; hash anyway so a lockout takes as long as a wrong password.
            await users.CheckPasswordAsync(user, request.Password);
            logger.LogInformation("Sign-in refused for {UserId}: the account is locked after repeated failures", user.Id);
            return SignInResponse.Of(SignInStatus.LockedOut);
        }

        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            logger.LogInformation("Sign-in refused for {UserId}: wrong password", user.Id);
        }

        var response = await SignInOutcome.FromAsync(result, user, users);
        return response.Status == SignInStatus.Succeeded && !user.TwoFactorEnabled && response.Roles.Any(Roles.Staff.Contains)
            ? response with { Status = SignInStatus.RequiresTwoFactorSetup }
            : response;
    }
}
