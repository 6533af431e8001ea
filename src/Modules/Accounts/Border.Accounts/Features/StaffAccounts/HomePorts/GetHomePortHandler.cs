using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.StaffAccounts.HomePorts;

internal sealed class GetHomePortHandler(AccountsDbContext db) : IRequestHandler<GetHomePort, HomePort?>
{
    public async Task<HomePort?> Handle(GetHomePort request, CancellationToken cancellationToken)
    {
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId && u.HomePort != null && u.HomePortTimeZone != null)
            .Select(u => new { u.HomePort, u.HomePortTimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new HomePort(row.HomePort!, row.HomePortTimeZone!);
    }
}
