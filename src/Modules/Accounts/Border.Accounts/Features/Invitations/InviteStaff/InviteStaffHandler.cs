using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Invitations.InviteStaff;

/// <summary>
/// A staff account with no password, its role, the audit entry and the invitation email, in one transaction.
/// Unlike registration, an address that has an account is refused openly: only admins see this form.
/// </summary>
internal sealed class InviteStaffHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.InviteStaff, Guid>
{
    public async Task<Guid> Handle(Contracts.InviteStaff request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new RequestValidationException([new ValidationFailure(
                nameof(request.Email), "An account with this email address already exists. Find it in the list of accounts.")]);
        }

        var now = clock.GetUtcNow();
        var user = new BorderUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            Email = email,
            PreferredCulture = request.Culture,
            RegisteredAt = now,
            InvitedAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new RequestValidationException([.. created.Errors.Select(e => new ValidationFailure(nameof(request.Email), e.Description))]);
        }

        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = RoleSeed.IdOf(request.Role) });
        db.AddAuditEntry(now, request.ActorId, user.Id, AccountAuditActions.StaffInvited,
            after: new AccountAuditState([request.Role], Disabled: false, TwoFactor: false));
        db.QueueStaffInvitation(user, request.Role, await InvitationLink.MakeAsync(users, user), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }
}
