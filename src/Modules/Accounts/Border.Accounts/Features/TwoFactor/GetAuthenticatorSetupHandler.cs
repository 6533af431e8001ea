using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.TwoFactor;

internal sealed class GetAuthenticatorSetupHandler(UserManager<BorderUser> users) : IRequestHandler<GetAuthenticatorSetup, AuthenticatorStatus>
{
    public async Task<AuthenticatorStatus> Handle(GetAuthenticatorSetup request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidOperationException("A signed-in person has no account.");
        return new AuthenticatorStatus(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user));
    }
}
