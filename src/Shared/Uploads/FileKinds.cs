namespace Border.Shared.Uploads;

/// <summary>What a file really is, read from its first bytes; its name and declared type are not trusted.</summary>
public static class FileKinds
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";

    public static string? Sniff(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : start.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : start.StartsWith("%PDF-"u8) ? Pdf
        : null;

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        _ => ".pdf",
    };
}
