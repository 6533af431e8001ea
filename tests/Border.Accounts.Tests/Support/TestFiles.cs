using System.Text;
using Border.Testing;
using Border.Accounts.Contracts.Profile;

namespace Border.Accounts.Tests.Support;

/// <summary>Files as a browser sends them: only their first bytes say what they are.</summary>
public static class TestFiles
{
    /// <summary>A real JPEG carrying the given text in a comment segment (metadata), so a test can look for it.</summary>
    public static byte[] Jpeg(string body = "plain jpeg body") => TestImages.Jpeg(comment: body);

    /// <summary>A real PNG carrying the given text in a tEXt chunk (metadata), so a test can look for it.</summary>
    public static byte[] Png(string body = "plain png body") => TestImages.PngOf(text: body);

    public static byte[] Pdf(string body = "plain pdf body") => Encoding.ASCII.GetBytes($"%PDF-1.7\n{body}\n%%EOF\n");

    public static byte[] Gif() => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B];

    /// <summary>A PDF is kept as sent; an image is kept re-encoded: the same picture, without its metadata.</summary>
    public static void AssertKept(byte[] sent, byte[] kept)
    {
        if (sent.AsSpan().StartsWith("%PDF-"u8))
        {
            Assert.Equal(sent, kept);
            return;
        }

        TestImages.AssertSamePicture(sent, kept);
        Assert.Equal(-1, kept.AsSpan().IndexOf("plain"u8));
    }

    public static UploadedFile Upload(byte[] content) => new(new MemoryStream(content), content.Length);
}
