using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailConfirmation;

internal sealed class ConfirmEmailHandler(UserManager<BorderUser> users) : IRequestHandler<ConfirmEmail, bool>
{
    public async Task<bool> Handle(ConfirmEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        var token = AccountLinks.Decode(request.Code);
        if (user is null || token is null)
        {
            return false;
        }

        // Opening the link a second time is not an error: the address is confirmed either way.
        return user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
