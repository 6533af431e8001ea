using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Accounts.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Passwords;

internal sealed class ChangePasswordHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn, SessionStore sessions)
    : IRequestHandler<ChangePassword, Unit>
{
    public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        if (string.IsNullOrEmpty(request.NewPassword))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.NewPassword), "Enter a new password.")]);
        }

        if (!await users.CheckPasswordAsync(user, request.CurrentPassword ?? string.Empty))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.CurrentPassword), "Your current password is not right.")]);
        }

        PasswordResults.ThrowIfRefused(await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword), nameof(request.NewPassword));
        // Other sessions end now; this one keeps its session and gets a fresh cookie with the new security stamp.
        await signIn.RefreshSignInAsync(user);
        await sessions.EndAllAsync(user.Id, except: ServerSessions.SessionOf(signIn.Context.User));
        return Unit.Value;
    }
}
