using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

internal sealed class DisableAuthenticatorHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn)
    : IRequestHandler<DisableAuthenticator, Unit>
{
    public async Task<Unit> Handle(DisableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        if ((await users.GetRolesAsync(user)).Any(Roles.Staff.Contains))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Password), "Staff accounts always use two-factor.")]);
        }

        if (!await users.CheckPasswordAsync(user, request.Password ?? string.Empty))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Password), "Your password is not right.")]);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Unit.Value;
    }
}
