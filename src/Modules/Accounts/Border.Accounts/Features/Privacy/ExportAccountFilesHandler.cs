using Border.Accounts.Contracts.Profile;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Uploads;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Privacy;

internal sealed class ExportAccountFilesHandler(AccountsDbContext db, FileVault vault) : IRequestHandler<ExportAccountFiles, IReadOnlyList<OpenedFile>>
{
    public async Task<IReadOnlyList<OpenedFile>> Handle(ExportAccountFiles request, CancellationToken cancellationToken)
    {
        var files = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerId == request.UserId).OrderBy(f => f.StoredAt)
            .Select(f => new { f.Id, f.Purpose, f.ContentType, f.Ciphertext })
            .ToListAsync(cancellationToken);
        return [.. files.Select(f => new OpenedFile(vault.Open(f.Ciphertext), f.ContentType, $"{f.Purpose}-{f.Id:N}{FileKinds.Extension(f.ContentType)}"))];
    }
}
