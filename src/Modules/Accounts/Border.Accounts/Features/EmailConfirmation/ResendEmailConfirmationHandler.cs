using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailConfirmation;

/// <summary>A new confirmation link, for a signed-in person or for the address just registered; nothing when already confirmed.</summary>
internal sealed class ResendEmailConfirmationHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<ResendEmailConfirmation, Unit>, IRequestHandler<ResendEmailConfirmationTo, Unit>
{
    public async Task<Unit> Handle(ResendEmailConfirmation request, CancellationToken cancellationToken) =>
        await SendAgainAsync(await users.FindByIdAsync(request.UserId.ToString()), cancellationToken);

    public async Task<Unit> Handle(ResendEmailConfirmationTo request, CancellationToken cancellationToken) =>
        await SendAgainAsync(await users.FindByEmailAsync(request.Email.Trim()), cancellationToken);

    private async Task<Unit> SendAgainAsync(BorderUser? user, CancellationToken cancellationToken)
    {
        if (user is not { EmailConfirmed: false })
        {
            return Unit.Value;
        }

        db.QueueEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
