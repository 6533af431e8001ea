using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.AuditLogPeople;

internal sealed class GetPeopleHandler(AccountsDbContext db) : IRequestHandler<GetPeople, IReadOnlyList<PersonLabel>>
{
    public async Task<IReadOnlyList<PersonLabel>> Handle(GetPeople request, CancellationToken cancellationToken)
    {
        var ids = request.UserIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // Hand-written: the name and role come from other tables of this context, which a static Mapster config cannot reach.
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new PersonLabel(
                u.Id,
                u.Email,
                db.Profiles.Where(p => p.UserId == u.Id).Select(p => p.FullName).FirstOrDefault(),
                db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == RoleSeed.ApplicantRoleId),
                u.ClosedAt != null))
            .ToListAsync(cancellationToken);
    }
}
