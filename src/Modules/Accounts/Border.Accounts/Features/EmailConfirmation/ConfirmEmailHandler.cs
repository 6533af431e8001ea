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
        if (await AccountLinks.OpenAsync(users, request.UserId, request.Code) is not (var user, var token))
        {
            return false;
        }

        // Opening the link a second time is not an error: the address is confirmed either way.
        return user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
