using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Invitations.ResendInvitation;

/// <summary>
/// A new link for an invitation not yet accepted. The account gets a new security stamp first, so the
/// earlier link stops working: only the newest email can be used.
/// </summary>
internal sealed class ResendInvitationHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.ResendInvitation, Unit>
{
    public async Task<Unit> Handle(Contracts.ResendInvitation request, CancellationToken cancellationToken)
    {
        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        if (user.InvitedAt is null || user.PasswordHash is not null)
        {
            throw TargetAccount.Refused("This account has no invitation waiting to be accepted.");
        }

        if (user.DisabledAt is not null)
        {
            throw TargetAccount.Refused("This account is disabled. Enable it before sending the invitation again.");
        }

        var now = clock.GetUtcNow();
        var snapshot = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        TargetAccount.EndSessions(user);
        user.InvitedAt = now;
        var role = Roles.Staff.LastOrDefault(snapshot.Roles.Contains) ?? Roles.Officer;
        db.QueueStaffInvitation(user, role, await InvitationLink.MakeAsync(users, user), now);
        db.AddAuditEntry(now, request.ActorId, user.Id, AccountAuditActions.InvitationResent, snapshot, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
