using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailChange;

/// <summary>
/// Opening the link is the proof the person reads the new address: it becomes the address and the sign-in name,
/// confirmed. The security stamp changes, so other sessions end and the link works once.
/// </summary>
internal sealed class ConfirmEmailChangeHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn)
    : IRequestHandler<ConfirmEmailChange, bool>
{
    public async Task<bool> Handle(ConfirmEmailChange request, CancellationToken cancellationToken)
    {
        if (await AccountLinks.OpenAsync(users, request.UserId, request.Code) is not var (user, token) || user.ClosedAt is not null)
        {
            return false;
        }

        var email = request.NewEmail.Trim();
        if (!(await users.ChangeEmailAsync(user, email, token)).Succeeded)
        {
            return false;
        }

        await users.SetUserNameAsync(user, email);
        if (signIn.Context.User.Identity?.IsAuthenticated == true && users.GetUserId(signIn.Context.User) == user.Id.ToString())
        {
            await signIn.RefreshSignInAsync(user);
        }

        return true;
    }
}
