using System.Buffers.Binary;
using System.Text;
using Border.Accounts.Contracts.Profile;

namespace Border.Accounts.Tests.Support;

/// <summary>Files as a browser sends them: only their first bytes say what they are.</summary>
public static class TestFiles
{
    /// <summary>A JPEG as a JFIF encoder starts it, carrying the given text in its scan so a test can look for it.</summary>
    public static byte[] Jpeg(string body = "plain jpeg body") =>
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xDA, .. Encoding.ASCII.GetBytes(body), 0xFF, 0xD9,
    ];

    public static byte[] Png(string body = "plain png body") =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(body)];

    public static byte[] Pdf(string body = "plain pdf body") => Encoding.ASCII.GetBytes($"%PDF-1.7\n{body}\n%%EOF\n");

    public static byte[] Gif() => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B];

    /// <summary>The small JPEG a camera embeds as its preview.</summary>
    public static byte[] Preview() => [0xFF, 0xD8, 0xFF, 0xDB, .. "tiny preview of the photo"u8, 0xFF, 0xD9];

    /// <summary>
    /// A camera's JPEG: SOI, then APP1 "Exif\0\0" with a little-endian TIFF header, an empty IFD0, and IFD1
    /// whose tags 0x0201 and 0x0202 give the offset and length of <paramref name="preview"/>, which follows it.
    /// </summary>
    public static byte[] JpegWithExifPreview(byte[] preview, string body = "camera jpeg body")
    {
        const int ifd0 = 8;
        const int ifd1 = ifd0 + 2 + 4;
        const int previewAt = ifd1 + 2 + (2 * 12) + 4;
        var tiff = new byte[previewAt + preview.Length];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd0), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd0 + 2), ifd1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd1), 2);
        WriteLongEntry(tiff.AsSpan(ifd1 + 2), 0x0201, previewAt);
        WriteLongEntry(tiff.AsSpan(ifd1 + 2 + 12), 0x0202, (uint)preview.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd1 + 2 + 24), 0);
        preview.CopyTo(tiff.AsSpan(previewAt));

        var app1Length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(app1Length, (ushort)(2 + 6 + tiff.Length));
        return [0xFF, 0xD8, 0xFF, 0xE1, .. app1Length, .. "Exif\0\0"u8, .. tiff, 0xFF, 0xDA, .. Encoding.ASCII.GetBytes(body), 0xFF, 0xD9];
    }

    public static UploadedFile Upload(byte[] content) => new(new MemoryStream(content), content.Length);

    private static void WriteLongEntry(Span<byte> entry, ushort tag, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
    }
}
