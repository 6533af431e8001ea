using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Uploads;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Documents;

/// <summary>A new photo replaces the old one, which is deleted in the same transaction.</summary>
internal sealed class UploadDocumentPhotoHandler(AccountsDbContext db, FileStore files, UploadService uploads, TimeProvider clock)
    : IRequestHandler<UploadDocumentPhoto, Guid?>
{
    private const string Field = "Photo";

    public async Task<Guid?> Handle(UploadDocumentPhoto request, CancellationToken cancellationToken)
    {
        if (!await Travellers.IsTheirsAsync(db, request.UserId, request.TravellerId, cancellationToken))
        {
            return null;
        }

        await Travellers.RefuseIfFrozenAsync(db, request.UserId, Field, cancellationToken);

        var document = await db.IdentityDocuments.SingleOrDefaultAsync(
            d => d.OwnerId == request.UserId && d.TravellerId == request.TravellerId, cancellationToken)
            ?? throw new RequestValidationException([new ValidationFailure(Field, "Enter the document's details before its photo.")]);

        var upload = await uploads.CheckAsync(request.File.Content, request.File.Length, Field, allowPdf: true, cancellationToken);
        var now = clock.GetUtcNow();
        await files.RemoveAsync(document.PhotoFileId, cancellationToken);
        var file = files.Add(request.UserId, FileStore.DocumentPurpose, upload, now);
        document.PhotoFileId = file.Id;
        document.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another upload for this document won the race; theirs stays, and this person is told to look again.
            throw new RequestValidationException([new ValidationFailure(
                Field, "These details were changed somewhere else at the same moment. Check them and save again.")]);
        }

        return file.Id;
    }
}
