using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.SignOut;

internal sealed class SignOutHandler(SignInManager<BorderUser> signIn) : IRequestHandler<Contracts.SignOut, Unit>
{
    public async Task<Unit> Handle(Contracts.SignOut request, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
