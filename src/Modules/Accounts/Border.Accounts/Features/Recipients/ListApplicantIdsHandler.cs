using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Recipients;

internal sealed class ListApplicantIdsHandler(AccountsDbContext db) : IRequestHandler<ListApplicantIds, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListApplicantIds request, CancellationToken cancellationToken)
    {
        // Keyset paging on the (role_id, user_id) index: each page costs the same however far in it is.
        var after = request.After ?? Guid.Empty;
        return await db.Database.SqlQuery<Guid>($"""
            SELECT ur.user_id AS "Value" FROM accounts.user_roles ur
            WHERE ur.role_id = {RoleSeed.ApplicantRoleId} AND ur.user_id > {after}
            ORDER BY ur.user_id
            LIMIT {request.Limit}
            """).ToListAsync(cancellationToken);
    }
}
