using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using MediatR;

namespace Border.Accounts.Features.StaffAccounts.DisableAccount;

/// <summary>
/// Disabled, locked out and given a new security stamp in one save with its audit entry: the account cannot sign
/// in (ActiveAccountConfirmation) and every session it has ends (on other web nodes within SessionStore.CheckedFor);
/// AccountDisabled goes out through the outbox in the same save, so the person's claimed work is given back.
/// </summary>
internal sealed class DisableAccountHandler(AccountsDbContext db, TimeProvider clock, Identity.SessionStore sessions) : IRequestHandler<Contracts.DisableAccount, Unit>
{
    public async Task<Unit> Handle(Contracts.DisableAccount request, CancellationToken cancellationToken)
    {
        if (request.ActorId == request.UserId)
        {
            throw TargetAccount.Refused("You cannot disable your own account. Ask another administrator.");
        }

        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        if (user.DisabledAt is not null)
        {
            throw TargetAccount.Refused("This account is already disabled.");
        }

        var now = clock.GetUtcNow();
        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        user.DisabledAt = now;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        TargetAccount.EndSessions(user);
        db.AddAuditEntry(now, request.ActorId, user.Id, AccountAuditActions.Disabled, before, before with { Disabled = true });
        db.AddIntegrationEvent(new AccountDisabled(Guid.CreateVersion7(now), now, user.Id, request.ActorId));
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id);
        return Unit.Value;
    }
}
