using Border.Cases.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Border.Cases.Files;

/// <summary>Encrypts each file with the shared key ring before it reaches the database, as Accounts and Scheduling do.</summary>
internal sealed class EncryptedCaseFileContents(CasesDbContext db, IDataProtectionProvider provider) : ICaseFileContents
{
    private readonly IDataProtector protector = provider.CreateProtector("Border.Cases.Files.v1");

    public Guid Add(byte[] content, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        Add(id, content);
        return id;
    }

    public void Add(Guid id, byte[] content) => db.FileContents.Add(new CaseFileContent { Id = id, Ciphertext = protector.Protect(content) });

    public async Task<byte[]?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.FileContents.FindAsync([id], cancellationToken) is { } file ? protector.Unprotect(file.Ciphertext) : null;
}
