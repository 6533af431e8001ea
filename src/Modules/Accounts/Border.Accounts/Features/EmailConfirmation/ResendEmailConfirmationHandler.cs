using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailConfirmation;

internal sealed class ResendEmailConfirmationHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<ResendEmailConfirmation, Unit>
{
    public async Task<Unit> Handle(ResendEmailConfirmation request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.EmailConfirmed)
        {
            return Unit.Value;
        }

        db.QueueEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
