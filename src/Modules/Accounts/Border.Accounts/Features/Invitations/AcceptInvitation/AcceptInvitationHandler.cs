using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Invitations.AcceptInvitation;

/// <summary>
/// The first password, by the same rules as everyone's. Setting it changes the security stamp, so the link is
/// spent. The person is signed in with the password alone: staff pages stay shut until two-factor is set up.
/// </summary>
internal sealed class AcceptInvitationHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn)
    : IRequestHandler<Contracts.AcceptInvitation, bool>
{
    public async Task<bool> Handle(Contracts.AcceptInvitation request, CancellationToken cancellationToken)
    {
        if (await InvitationLink.OpenAsync(users, request.UserId, request.Code) is not { } user)
        {
            return false;
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Password), "Enter a password.")]);
        }

        // The link arrived by email, so the address is proven too; saved with the password.
        user.EmailConfirmed = true;
        PasswordResults.ThrowIfRefused(await users.AddPasswordAsync(user, request.Password), nameof(request.Password));
        await signIn.SignInAsync(user, isPersistent: false);
        return true;
    }
}
