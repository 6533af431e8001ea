using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.StaffAccounts.ListAccounts;

internal sealed class ListAccountsHandler(AccountsDbContext db) : IRequestHandler<Contracts.ListAccounts, AccountList>
{
    public async Task<AccountList> Handle(Contracts.ListAccounts request, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.EmailContains))
        {
            var part = request.EmailContains.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(part));
        }

        if (request.Role is { } role && Roles.All.Contains(role))
        {
            var roleId = RoleSeed.IdOf(role);
            query = query.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId));
        }

        query = request.Status switch
        {
            AccountState.Closed => query.Where(u => u.ClosedAt != null),
            AccountState.Disabled => query.Where(u => u.ClosedAt == null && u.DisabledAt != null),
            AccountState.Invited => query.Where(u => u.ClosedAt == null && u.DisabledAt == null && u.InvitedAt != null && u.PasswordHash == null),
            AccountState.Active => query.Where(u => u.ClosedAt == null && u.DisabledAt == null && (u.InvitedAt == null || u.PasswordHash != null)),
            _ => query,
        };

        // Ids are version 7 GUIDs, so id order is creation order and the primary key serves the paging.
        if (request.After is { } after)
        {
            query = query.Where(u => u.Id.CompareTo(after) < 0);
        }

        // Hand-written: roles come from another table and their names from RoleSeed in memory, past what Mapster projects.
        var rows = await query
            .OrderByDescending(u => u.Id)
            .Take(Contracts.ListAccounts.PageSize + 1)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.TwoFactorEnabled,
                u.RegisteredAt,
                u.InvitedAt,
                Status = AccountStates.Of(u.ClosedAt, u.DisabledAt, u.InvitedAt, u.PasswordHash != null),
                RoleIds = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList(),
            })
            .ToListAsync(cancellationToken);

        var page = rows.Take(Contracts.ListAccounts.PageSize)
            .Select(u => new AccountSummary(u.Id, u.Email, RoleSeed.NamesOf(u.RoleIds), u.Status, u.TwoFactorEnabled, u.InvitedAt ?? u.RegisteredAt))
            .ToList();
        return new AccountList(page, rows.Count > Contracts.ListAccounts.PageSize ? page[^1].Id : null);
    }
}
