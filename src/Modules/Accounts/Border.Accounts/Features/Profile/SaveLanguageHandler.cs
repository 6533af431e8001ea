using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Profile;

/// <summary>The language of the person's pages, emails and notifications; the sign-in is refreshed to carry it.</summary>
internal sealed class SaveLanguageHandler(UserManager<BorderUser> users, SignInManager<BorderUser> signIn) : IRequestHandler<SaveLanguage, Unit>
{
    public async Task<Unit> Handle(SaveLanguage request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.PreferredCulture == request.Culture)
        {
            return Unit.Value;
        }

        user.PreferredCulture = request.Culture!;
        await users.UpdateAsync(user);
        if (signIn.Context.User.Identity?.IsAuthenticated == true)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Unit.Value;
    }
}
