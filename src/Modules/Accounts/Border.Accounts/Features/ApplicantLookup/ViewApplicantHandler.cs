using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.ApplicantLookup;

internal sealed class ViewApplicantHandler(AccountsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ViewApplicant, ProfileView?>
{
    public async Task<ProfileView?> Handle(ViewApplicant request, CancellationToken cancellationToken)
    {
        var isApplicant = await db.Users.AnyAsync(
            u => u.Id == request.ApplicantId && u.ClosedAt == null
                && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == RoleSeed.ApplicantRoleId),
            cancellationToken);
        if (!isApplicant)
        {
            return null;
        }

        db.AddAuditEntry(clock.GetUtcNow(), request.StaffId, request.ApplicantId, AuditActions.ApplicantViewed);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProfile(request.ApplicantId), cancellationToken);
    }
}
