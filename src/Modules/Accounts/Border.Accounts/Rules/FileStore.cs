using Border.Accounts.Data;
using Border.Shared.Uploads;

namespace Border.Accounts.Rules;

internal sealed class FileStore(AccountsDbContext db, FileVault vault)
{
    public const string DocumentPurpose = "document";
    public const string SelfiePurpose = "selfie";

    /// <summary>Adds the encrypted file to the context; the caller's SaveChanges stores it with what points to it.</summary>
    public StoredFile Add(Guid ownerId, string purpose, CheckedUpload upload, DateTimeOffset now)
    {
        var file = new StoredFile
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Purpose = purpose,
            ContentType = upload.ContentType,
            Length = upload.Original.Length,
            Ciphertext = vault.Seal(upload.Original),
            ViewCiphertext = upload.View is { } view ? vault.Seal(view) : null,
            ThumbnailCiphertext = upload.Thumbnail is { } thumbnail ? vault.Seal(thumbnail) : null,
            StoredAt = now,
        };
        db.StoredFiles.Add(file);
        return file;
    }

    public async Task RemoveAsync(Guid? fileId, CancellationToken cancellationToken)
    {
        if (fileId is { } id && await db.StoredFiles.FindAsync([id], cancellationToken) is { } file)
        {
            db.StoredFiles.Remove(file);
        }
    }
}
