using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.SignIn;

internal sealed class SignInHandler(SignInManager<BorderUser> signIn, UserManager<BorderUser> users)
    : IRequestHandler<Contracts.SignIn, SignInResponse>
{
    public async Task<SignInResponse> Handle(Contracts.SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            return SignInResponse.Of(SignInStatus.Failed);
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsNotAllowed)
        {
            // Only a disabled account is not allowed (ActiveAccountConfirmation). Identity says so before it
            // checks the password; saying "disabled" to someone without the password would tell them the address has an account.
            return SignInResponse.Of(await users.CheckPasswordAsync(user, request.Password) ? SignInStatus.Disabled : SignInStatus.Failed);
        }

        var response = await SignInOutcome.FromAsync(result, user, users);
        return response.Status == SignInStatus.Succeeded && !user.TwoFactorEnabled && response.Roles.Any(Roles.Staff.Contains)
            ? response with { Status = SignInStatus.RequiresTwoFactorSetup }
            : response;
    }
}
