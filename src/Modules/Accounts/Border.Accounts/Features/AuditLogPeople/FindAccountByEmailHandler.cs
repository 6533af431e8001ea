using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.AuditLogPeople;

internal sealed class FindAccountByEmailHandler(AccountsDbContext db, ILookupNormalizer normalizer) : IRequestHandler<FindAccountByEmail, Guid?>
{
    public async Task<Guid?> Handle(FindAccountByEmail request, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(request.Email.Trim());
        return await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
