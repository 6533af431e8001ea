using Border.Accounts.Data;
using Border.Shared.Uploads;

namespace Border.Accounts.Features.Files;

internal sealed class FileStore(AccountsDbContext db, FileVault vault)
{
    public const string DocumentPurpose = "document";
    public const string SelfiePurpose = "selfie";

    /// <summary>Adds the encrypted file to the context; the caller's SaveChanges stores it with what points to it.</summary>
    public StoredFile Add(Guid ownerId, string purpose, byte[] content, string contentType, DateTimeOffset now)
    {
        var thumbnail = contentType == FileKinds.Jpeg ? ExifThumbnail.Find(content) : null;
        var file = new StoredFile
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Purpose = purpose,
            ContentType = contentType,
            Length = content.Length,
            Ciphertext = vault.Seal(content),
            ThumbnailCiphertext = thumbnail is null ? null : vault.Seal(thumbnail),
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
