using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Files;

/// <summary>Only the owner's id opens a file: another person's file id finds nothing.</summary>
internal sealed class OpenOwnFileHandler(AccountsDbContext db, FileVault vault) : IRequestHandler<OpenOwnFile, OpenedFile?>
{
    public async Task<OpenedFile?> Handle(OpenOwnFile request, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == request.FileId && f.OwnerId == request.UserId)
            .Select(f => new
            {
                f.ContentType,
                Ciphertext = request.Variant == FileVariant.Thumbnail ? f.ThumbnailCiphertext
                    : request.Variant == FileVariant.View ? f.ViewCiphertext
                    : f.Ciphertext,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (file?.Ciphertext is null)
        {
            return null;
        }

        return new OpenedFile(
            vault.Open(file.Ciphertext),
            FileVariants.ContentType(request.Variant, file.ContentType),
            FileVariants.FileName(request.FileId, request.Variant, file.ContentType));
    }
}
