using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailConfirmation;

internal sealed class ResendEmailConfirmationToHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<ResendEmailConfirmationTo, Unit>
{
    public async Task<Unit> Handle(ResendEmailConfirmationTo request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is not { EmailConfirmed: false } user)
        {
            return Unit.Value;
        }

        db.QueueEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
