using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;
using Xunit;

namespace Border.Testing;

/// <summary>Small real files for upload tests: Border checks a file's first bytes, then decodes it.</summary>
public static class TestImages
{
    /// <summary>A valid 1 × 1 green PNG.</summary>
    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0xC9, 0xFE, 0x92, 0xEF, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    /// <summary>A short PDF: the header is what Border reads.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>Writes the PNG to a temporary file, for a browser's file chooser.</summary>
    public static string WritePng(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"border-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, Png);
        return path;
    }

    /// <summary>A real JPEG of the given size; <paramref name="comment"/> rides in a COM segment, as metadata would.</summary>
    public static byte[] Jpeg(int width = 16, int height = 12, string? comment = null) =>
        comment is null ? Encode(width, height, SKEncodedImageFormat.Jpeg) : WithSegment(Encode(width, height, SKEncodedImageFormat.Jpeg), 0xFE, Encoding.ASCII.GetBytes(comment));

    /// <summary>A real PNG of the given size; <paramref name="text"/> rides in a tEXt chunk, as metadata would.</summary>
    public static byte[] PngOf(int width = 16, int height = 12, string? text = null)
    {
        var png = Encode(width, height, SKEncodedImageFormat.Png);
        return text is null ? png : [.. png.AsSpan(0, 33), .. Chunk("tEXt", [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(text)]), .. png.AsSpan(33)];
    }

    /// <summary>
    /// A phone's JPEG: an EXIF block with an orientation tag and a GPS position (latitude 31° N, as a RATIONAL), and
    /// <paramref name="marker"/> as the camera's make so a test can look for it in what is kept.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation, string marker)
    {
        var make = Encoding.ASCII.GetBytes(marker + "\0");
        const int ifd0 = 8, entries = 3, gpsIfd = ifd0 + 2 + (entries * 12) + 4, gpsEntries = 2;
        var latitudeAt = gpsIfd + 2 + (gpsEntries * 12) + 4;
        var makeAt = latitudeAt + 24;
        var tiff = new byte[makeAt + make.Length];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd0), entries);
        Entry(tiff.AsSpan(ifd0 + 2), 0x010F, 2, (uint)make.Length, (uint)makeAt);
        Entry(tiff.AsSpan(ifd0 + 14), 0x0112, 3, 1, orientation);
        Entry(tiff.AsSpan(ifd0 + 26), 0x8825, 4, 1, (uint)gpsIfd);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(gpsIfd), gpsEntries);
        Entry(tiff.AsSpan(gpsIfd + 2), 0x0001, 2, 2, 'N');
        Entry(tiff.AsSpan(gpsIfd + 14), 0x0002, 5, 3, (uint)latitudeAt);
        uint[] latitude = [31, 1, 20, 1, 0, 1];
        for (var i = 0; i < latitude.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(latitudeAt + (i * 4)), latitude[i]);
        }

        make.CopyTo(tiff.AsSpan(makeAt));
        return WithSegment(Encode(width, height, SKEncodedImageFormat.Jpeg), 0xE1, [.. "Exif\0\0"u8, .. tiff]);
    }

    /// <summary>Puts a segment (APPn, COM) straight after a JPEG's start-of-image marker.</summary>
    public static byte[] WithSegment(byte[] jpeg, byte marker, byte[] payload)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        return [0xFF, 0xD8, 0xFF, marker, .. length, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>A PNG chunk with its CRC.</summary>
    public static byte[] Chunk(string type, byte[] data)
    {
        var typed = (byte[])[.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    /// <summary>
    /// A PNG whose header claims width × height (RGB, 8 bits) with a few rows of zeros compressed: a few hundred bytes that
    /// would unpack into width × height × 3 bytes.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 2;
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[(width * 3) + 1]);
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>The width and height Skia reads from an image, and its EXIF origin.</summary>
    public static (int Width, int Height, SKEncodedOrigin Origin) Read(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image)) ?? throw new InvalidDataException("Not an image Skia can read.");
        return (codec.Info.Width, codec.Info.Height, codec.EncodedOrigin);
    }

    /// <summary>Border keeps images re-encoded, so a kept image is the same picture (its size), not the same bytes.</summary>
    public static void AssertSamePicture(byte[] sent, byte[] kept)
    {
        var (width, height, _) = Read(sent);
        Assert.Equal((width, height), Read(kept) is var (w, h, _) ? (w, h) : default);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 3f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static void Entry(Span<byte> entry, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
