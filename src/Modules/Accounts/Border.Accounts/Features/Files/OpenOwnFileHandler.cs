using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
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
            .Select(f => new { f.ContentType, Ciphertext = request.Thumbnail ? f.ThumbnailCiphertext : f.Ciphertext })
            .SingleOrDefaultAsync(cancellationToken);
        if (file?.Ciphertext is null)
        {
            return null;
        }

        var contentType = request.Thumbnail ? FileKinds.Jpeg : file.ContentType;
        var name = $"border-{request.FileId:N}{(request.Thumbnail ? "-small" : string.Empty)}{FileKinds.Extension(contentType)}";
        return new OpenedFile(vault.Open(file.Ciphertext), contentType, name);
    }
}
