using Border.Scheduling.Contracts;
using Border.Shared.Validation;
using Microsoft.AspNetCore.DataProtection;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// Reads a live photo: not empty, at most 5 MB (the declared length is not trusted), and a JPEG or PNG by its
/// first bytes. Scheduling keeps its own copy of this small check rather than reach into Accounts' files.
/// </summary>
internal static class LivePhotoUpload
{
    public const int MaximumBytes = 5 * 1024 * 1024;
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    public static async Task<(byte[] Content, string ContentType)> ReadAsync(LivePhotoFile? file, string field, CancellationToken cancellationToken)
    {
        if (file?.Content is null)
        {
            throw Refused(field, "Choose a photo.");
        }

        if (file.Length > MaximumBytes)
        {
            throw Refused(field, "The file must be smaller than 5 MB.");
        }

        var buffer = new byte[MaximumBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await file.Content.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        if (read == 0)
        {
            throw Refused(field, "The selected file is empty.");
        }

        if (read > MaximumBytes)
        {
            throw Refused(field, "The file must be smaller than 5 MB.");
        }

        var start = buffer.AsSpan(0, read);
        var kind = start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
            : start.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
            : throw Refused(field, "The file must be a JPEG or PNG photo.");
        return (buffer[..read], kind);
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
}

/// <summary>Encrypts live photos before they reach the database, with the shared key ring.</summary>
internal sealed class LivePhotoVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Border.Scheduling.LivePhotos.v1");

    public byte[] Seal(byte[] content) => protector.Protect(content);

    public byte[] Open(byte[] ciphertext) => protector.Unprotect(ciphertext);
}
