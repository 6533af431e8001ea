using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.StaffAccounts.AddRole;

/// <summary>Staff roles only, and never to an applicant's account: staff are invited with their work address.</summary>
internal sealed class AddRoleHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.AddRole, Unit>
{
    public async Task<Unit> Handle(Contracts.AddRole request, CancellationToken cancellationToken)
    {
        if (!Roles.Staff.Contains(request.Role))
        {
            throw TargetAccount.Refused("Choose a staff role: Officer, Supervisor or Administrator.");
        }

        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        if (before.Roles.Contains(Roles.Applicant))
        {
            throw TargetAccount.Refused("An applicant's account cannot have a staff role. Invite the person with their work email address instead.");
        }

        if (before.Roles.Contains(request.Role))
        {
            throw TargetAccount.Refused("This account already has that role.");
        }

        // The person's pages follow within a minute, when their session is next checked against the database.
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = RoleSeed.IdOf(request.Role) });
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, user.Id, AccountAuditActions.RoleAdded,
            before, before with { Roles = [.. Roles.All.Where(r => r == request.Role || before.Roles.Contains(r))] });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
