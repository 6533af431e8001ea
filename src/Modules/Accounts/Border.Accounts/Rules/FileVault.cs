using Microsoft.AspNetCore.DataProtection;

namespace Border.Accounts.Rules;

/// <summary>Encrypts people's photos and scans before they reach the database, with the shared key ring.</summary>
internal sealed class FileVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Border.Accounts.StoredFiles.v1");

    public byte[] Seal(byte[] content) => protector.Protect(content);

    public byte[] Open(byte[] ciphertext) => protector.Unprotect(ciphertext);
}
