using System.Text;
using Border.Testing;

namespace Border.Web.Tests.Uploads;

/// <summary>
/// The hostile-files folder, made in code so each one says what it is: what a broken camera, a careless person or an
/// attacker sends. <see cref="Refusal"/> is the message the person must see; null when the file is safe to keep once
/// re-encoded (then its trailing payload must be gone).
/// </summary>
internal static class HostileFiles
{
    public const string Unreadable = "This file could not be read. It may be damaged or incomplete: take the photo again or choose another file.";
    public const string NotAPhoto = "The file must be a JPEG or PNG photo.";

    public static IEnumerable<HostileFile> All()
    {
        var jpeg = TestImages.Jpeg(64, 48);
        var png = TestImages.PngOf(64, 48);
        yield return new("empty.jpg", [], "The selected file is empty.");
        yield return new("truncated.jpg", jpeg[..(jpeg.Length / 2)], Unreadable);
        yield return new("truncated.png", png[..(png.Length / 2)], Unreadable);
        yield return new("magic-only.jpg", [0xFF, 0xD8, 0xFF], Unreadable);
        yield return new("zero-sized-exif.jpg", TestImages.WithSegment(jpeg, 0xE1, "Exif\0\0"u8.ToArray()), null);
        yield return new("bomb-65535.png", TestImages.PngBomb(65_535, 65_535),
            "This image is too large (65535 × 65535 pixels). Send a photo of at most 40 megapixels, with no side longer than 12000 pixels.");
        yield return new("too-wide.png", TestImages.PngBomb(12_001, 1),
            "This image is too large (12001 × 1 pixels). Send a photo of at most 40 megapixels, with no side longer than 12000 pixels.");
        yield return new("jpeg-then-html.jpg", [0xFF, 0xD8, 0xFF, .. "<html><script>alert(document.cookie)</script></html>"u8], Unreadable);
        yield return new("jpeg-with-pdf-after.jpg", [.. jpeg, .. "%PDF-1.4\n1 0 obj<</JS(app.alert(1))>>endobj\n%%EOF"u8], null);
        yield return new("png-with-zip-after.png", [.. png, .. "PK\u0003\u0004payload.html"u8], null);
        yield return new("pdf-named.jpg", TestImages.Pdf, NotAPhoto);
        yield return new("gif-named.png", [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B], NotAPhoto);
        yield return new("svg-named.png", Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), NotAPhoto);
    }
}

internal sealed record HostileFile(string Name, byte[] Content, string? Refusal);
