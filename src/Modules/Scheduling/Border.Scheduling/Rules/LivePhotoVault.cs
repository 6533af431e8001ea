using Microsoft.AspNetCore.DataProtection;

namespace Border.Scheduling.Rules;

/// <summary>Encrypts live photos before they reach the database, with the shared key ring.</summary>
internal sealed class LivePhotoVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Border.Scheduling.LivePhotos.v1");

    public byte[] Seal(byte[] content) => protector.Protect(content);

    public byte[] Open(byte[] ciphertext) => protector.Unprotect(ciphertext);
}
