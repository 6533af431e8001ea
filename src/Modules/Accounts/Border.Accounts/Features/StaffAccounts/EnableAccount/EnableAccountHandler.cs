using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;

namespace Border.Accounts.Features.StaffAccounts.EnableAccount;

internal sealed class EnableAccountHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.EnableAccount, Unit>
{
    public async Task<Unit> Handle(Contracts.EnableAccount request, CancellationToken cancellationToken)
    {
        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        if (user.DisabledAt is null)
        {
            throw TargetAccount.Refused("This account is not disabled.");
        }

        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        user.DisabledAt = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, user.Id, AccountAuditActions.Enabled, before, before with { Disabled = false });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
