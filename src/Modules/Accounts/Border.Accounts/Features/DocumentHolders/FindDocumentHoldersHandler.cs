using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.DocumentHolders;

internal sealed class FindDocumentHoldersHandler(AccountsDbContext db) : IRequestHandler<FindDocumentHolders, IReadOnlyList<DocumentHolder>>
{
    public async Task<IReadOnlyList<DocumentHolder>> Handle(FindDocumentHolders request, CancellationToken cancellationToken)
    {
        var numbers = request.Documents.Select(d => d.Number.Trim().ToUpperInvariant()).Distinct().ToArray();
        if (numbers.Length == 0)
        {
            return [];
        }

        var candidates = await db.IdentityDocuments.AsNoTracking()
            .Where(d => d.OwnerId != request.ExceptOwnerId && numbers.Contains(d.Number.Trim().ToUpper()))
            .Select(d => new DocumentHolder(d.Number.Trim().ToUpper(), d.IssuingCountry, d.OwnerId))
            .ToListAsync(cancellationToken);
        var wanted = request.Documents.Select(d => (d.Number.Trim().ToUpperInvariant(), d.IssuingCountry.ToUpperInvariant())).ToHashSet();
        return [.. candidates.Where(c => wanted.Contains((c.Number, c.IssuingCountry.ToUpperInvariant()))).Distinct()];
    }
}
