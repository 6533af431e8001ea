using System.Text;

namespace Border.Testing.Smtp;

/// <summary>
/// Enough of MIME to read what Border sends: headers (unfolded), the decoded subject, multipart bodies
/// split into their parts, and each part's text decoded from quoted-printable or base64 in its charset.
/// </summary>
public sealed class MimePart
{
    private readonly List<KeyValuePair<string, string>> headers;
    private readonly string body;

    private MimePart(List<KeyValuePair<string, string>> headers, string body)
    {
        this.headers = headers;
        this.body = body;
        Parts = MediaType.StartsWith("multipart/", StringComparison.Ordinal) && Parameter("Content-Type", "boundary") is { } boundary
            ? [.. SplitParts(body, boundary).Select(Parse)]
            : [];
    }

    /// <summary>Every header in order, names as written, values unfolded but not decoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => headers;

    /// <summary>"text/plain" when the part says nothing, as MIME defines.</summary>
    public string MediaType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public string? Subject => Header("Subject") is { } subject ? EncodedWords.Decode(subject) : null;

    /// <summary>The parts of a multipart body, in order; empty for a single part.</summary>
    public IReadOnlyList<MimePart> Parts { get; }

    /// <summary>The body decoded by its Content-Transfer-Encoding and charset.</summary>
    public string Text
    {
        get
        {
            var bytes = (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant() switch
            {
                "quoted-printable" => QuotedPrintable.Decode(body),
                "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
                _ => Encoding.Latin1.GetBytes(body),
            };
            return Encoding.GetEncoding(Parameter("Content-Type", "charset") ?? "us-ascii").GetString(bytes);
        }
    }

    /// <summary>Reads a whole message (CRLF line ends, as it came over SMTP).</summary>
    public static MimePart Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? raw : raw[..split];
        // The line breaks that end the message belong to SMTP's "CRLF.CRLF", not to the text.
        var body = split < 0 ? string.Empty : raw[(split + 4)..].TrimEnd('\r', '\n');
        return new MimePart(MimeHeaders.Read(head), body);
    }

    public string? Header(string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>A parameter of a structured header, e.g. ("Content-Type", "charset"); quotes removed.</summary>
    public string? Parameter(string header, string name) =>
        Header(header) is { } value ? MimeHeaders.Parameter(value, name) : null;

    /// <summary>This part and every part inside it, depth first.</summary>
    public IEnumerable<MimePart> Descendants() => Parts.SelectMany(p => p.Descendants()).Prepend(this);

    /// <summary>The one leaf part of this media type, such as "text/html".</summary>
    public MimePart Single(string mediaType) =>
        Descendants().Single(p => p.Parts.Count == 0 && p.MediaType == mediaType);

    private static IEnumerable<string> SplitParts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var text = "\r\n" + body;
        var start = text.IndexOf("\r\n" + delimiter, StringComparison.Ordinal);
        while (start >= 0)
        {
            var lineEnd = text.IndexOf("\r\n", start + 2, StringComparison.Ordinal);
            if (lineEnd < 0 || text.AsSpan(start + 2 + delimiter.Length).StartsWith("--"))
            {
                yield break;
            }

            var next = text.IndexOf("\r\n" + delimiter, lineEnd, StringComparison.Ordinal);
            if (next < 0)
            {
                throw new FormatException($"The multipart body has no closing boundary {delimiter}--.");
            }

            yield return text[(lineEnd + 2)..next];
            start = next;
        }
    }
}
