using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.StaffAccounts.ResetTwoFactor;

/// <summary>
/// For someone who lost their phone: two-factor off, the key and recovery codes forgotten, every session ended.
/// Staff are then sent to set it up again when they next sign in; an applicant may sign in with the password.
/// </summary>
internal sealed class ResetTwoFactorHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.ResetTwoFactor, Unit>
{
    // Where Identity's user store keeps the authenticator key and the recovery codes.
    private const string IdentityTokens = "[AspNetUserStore]";

    public async Task<Unit> Handle(Contracts.ResetTwoFactor request, CancellationToken cancellationToken)
    {
        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        if (!user.TwoFactorEnabled)
        {
            throw TargetAccount.Refused("Two-step sign-in is not on for this account, so there is nothing to reset.");
        }

        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        db.UserTokens.RemoveRange(await db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == IdentityTokens)
            .ToListAsync(cancellationToken));
        user.TwoFactorEnabled = false;
        TargetAccount.EndSessions(user);
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, user.Id, AccountAuditActions.TwoFactorReset, before, before with { TwoFactor = false });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
