using System.Globalization;

namespace Border.Testing.Smtp;

internal static class QuotedPrintable
{
    /// <summary>The bytes behind quoted-printable text: "=XX" is one byte, "=" at a line's end joins it to the next.</summary>
    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '=')
            {
                bytes.Add((byte)text[i]);
            }
            else if (text.AsSpan(i + 1).StartsWith("\r\n"))
            {
                i += 2;
            }
            else if (i == text.Length - 1)
            {
                // A soft break on the last line (MimeKit ends text that has no final line break so): its CRLF went with the boundary.
            }
            else if (i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                throw new FormatException($"Quoted-printable text has a lone '=' at {i}.");
            }
        }

        return [.. bytes];
    }
}
