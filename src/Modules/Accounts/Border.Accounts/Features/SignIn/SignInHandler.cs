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
        return await SignInOutcome.FromAsync(result, user, users);
    }
}
