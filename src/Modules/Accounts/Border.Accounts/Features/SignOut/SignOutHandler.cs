using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.SignOut;

internal sealed class SignOutHandler(SignInManager<BorderUser> signIn, SessionStore sessions) : IRequestHandler<Contracts.SignOut, Unit>
{
    public async Task<Unit> Handle(Contracts.SignOut request, CancellationToken cancellationToken)
    {
        var user = signIn.Context.User;
        if (ServerSessions.SessionOf(user) is { } session && Guid.TryParse(signIn.UserManager.GetUserId(user), out var userId))
        {
            await sessions.EndAsync(userId, session);
        }

        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
