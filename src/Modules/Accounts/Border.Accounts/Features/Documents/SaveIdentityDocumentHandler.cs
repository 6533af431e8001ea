using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Documents;

internal sealed class SaveIdentityDocumentHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<SaveIdentityDocument, bool>
{
    public async Task<bool> Handle(SaveIdentityDocument request, CancellationToken cancellationToken)
    {
        if (!await Travellers.IsTheirsAsync(db, request.UserId, request.TravellerId, cancellationToken))
        {
            return false;
        }

        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.Type), cancellationToken);

        var now = clock.GetUtcNow();
        var document = await db.IdentityDocuments.SingleOrDefaultAsync(
            d => d.OwnerId == request.UserId && d.TravellerId == request.TravellerId, cancellationToken);
        if (document is null)
        {
            document = new IdentityDocument
            {
                Id = Guid.CreateVersion7(now),
                OwnerId = request.UserId,
                TravellerId = request.TravellerId,
                Type = request.Type!,
                Number = string.Empty,
                IssuingCountry = string.Empty,
            };
            db.IdentityDocuments.Add(document);
        }

        document.Type = request.Type!;
        document.Number = ProfileStore.Clean(request.Number)!.ToUpperInvariant();
        document.IssuingCountry = request.IssuingCountry!.Trim();
        document.ExpiresOn = DateAnswer.Read(request.ExpiresOn, out var expires) == DateProblem.None ? expires : null;
        document.UpdatedAt = now;
        TravellerChanges.Tell(db, request.UserId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new RequestValidationException([new ValidationFailure(
                nameof(request.Number), "These details were changed somewhere else at the same moment. Check them and save again.")]);
        }

        return true;
    }
}
