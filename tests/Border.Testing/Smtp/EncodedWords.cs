using System.Text;
using System.Text.RegularExpressions;

namespace Border.Testing.Smtp;

/// <summary>RFC 2047 encoded words in a header, such as =?utf-8?B?...?= and =?utf-8?Q?...?=.</summary>
internal static partial class EncodedWords
{
    public static string Decode(string value)
    {
        var result = new StringBuilder();
        var pending = new List<byte>();
        string? charset = null;
        var last = 0;
        foreach (Match word in Word().Matches(value))
        {
            var between = value[last..word.Index];
            var nextCharset = word.Groups["charset"].Value;
            // Whitespace between two encoded words is folding, not text; their bytes may split one character.
            var adjacent = charset is not null && string.IsNullOrWhiteSpace(between);
            if (!adjacent || !string.Equals(charset, nextCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush(result, pending, charset);
            }

            if (!adjacent)
            {
                result.Append(between);
            }

            charset = nextCharset;
            var text = word.Groups["text"].Value;
            pending.AddRange(word.Groups["encoding"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(text)
                : QuotedPrintable.Decode(text.Replace('_', ' ')));
            last = word.Index + word.Length;
        }

        Flush(result, pending, charset);
        return result.Append(value[last..]).ToString();
    }

    private static void Flush(StringBuilder result, List<byte> pending, string? charset)
    {
        if (charset is not null)
        {
            result.Append(Encoding.GetEncoding(charset).GetString([.. pending]));
        }

        pending.Clear();
    }

    [GeneratedRegex(@"=\?(?<charset>[^?*]+)(\*[^?]*)?\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex Word();
}
