using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.StaffAccounts.RemoveRole;

internal sealed class RemoveRoleHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.RemoveRole, Unit>
{
    public async Task<Unit> Handle(Contracts.RemoveRole request, CancellationToken cancellationToken)
    {
        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        if (!Roles.Staff.Contains(request.Role) || !before.Roles.Contains(request.Role))
        {
            throw TargetAccount.Refused("This account does not have that role.");
        }

        // Otherwise Border could be left with no admin at all, and nobody to undo it.
        if (request.ActorId == user.Id && request.Role == Roles.Admin)
        {
            throw TargetAccount.Refused("You cannot remove your own Administrator role. Ask another administrator.");
        }

        if (before.Roles.Count == 1)
        {
            throw TargetAccount.Refused("An account needs at least one role. Disable the account instead.");
        }

        db.UserRoles.Remove(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = RoleSeed.IdOf(request.Role) });
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, user.Id, AccountAuditActions.RoleRemoved,
            before, before with { Roles = [.. before.Roles.Where(r => r != request.Role)] });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
