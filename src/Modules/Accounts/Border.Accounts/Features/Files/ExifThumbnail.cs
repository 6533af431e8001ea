using System.Buffers.Binary;
using Border.Shared.Uploads;

namespace Border.Accounts.Features.Files;

/// <summary>
/// Finds the small preview (about 160 × 120) that phone cameras embed in a JPEG's EXIF block. No image library
/// restores here, and the preview lets the owner see their photo without downloading megabytes again.
/// </summary>
internal static class ExifThumbnail
{
    private const ushort ThumbnailOffsetTag = 0x0201;
    private const ushort ThumbnailLengthTag = 0x0202;

    public static byte[]? Find(byte[] jpeg)
    {
        try
        {
            return FindApp1(jpeg) is { } tiff ? FromTiff(jpeg.AsMemory(tiff.Start, tiff.Length)) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static (int Start, int Length)? FindApp1(byte[] jpeg)
    {
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (marker == 0xE1 && jpeg.AsSpan(at + 4).StartsWith("Exif\0\0"u8))
            {
                return (at + 10, Math.Min(length - 8, jpeg.Length - at - 10));
            }

            if (marker is 0xDA or 0xD9)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }

    private static byte[]? FromTiff(ReadOnlyMemory<byte> tiff)
    {
        var little = tiff.Span[0] == (byte)'I';
        uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff.Span[at..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff.Span[at..]);
        ushort U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.Span[at..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff.Span[at..]);

        var ifd0 = (int)U32(4);
        var ifd1 = (int)U32(ifd0 + 2 + (U16(ifd0) * 12));
        if (ifd1 == 0)
        {
            return null;
        }

        uint offset = 0, length = 0;
        for (var entry = 0; entry < U16(ifd1); entry++)
        {
            var at = ifd1 + 2 + (entry * 12);
            switch (U16(at))
            {
                case ThumbnailOffsetTag:
                    offset = U32(at + 8);
                    break;
                case ThumbnailLengthTag:
                    length = U32(at + 8);
                    break;
            }
        }

        if (offset == 0 || length == 0 || offset + length > tiff.Length)
        {
            return null;
        }

        var thumbnail = tiff.Span.Slice((int)offset, (int)length);
        return FileKinds.Sniff(thumbnail) == FileKinds.Jpeg ? thumbnail.ToArray() : null;
    }
}
