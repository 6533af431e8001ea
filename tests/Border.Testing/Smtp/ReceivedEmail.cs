namespace Border.Testing.Smtp;

/// <summary>One message the test server accepted: the envelope and the message exactly as it came, dots unstuffed.</summary>
public sealed class ReceivedEmail(string mailFrom, IReadOnlyList<string> rcptTo, string data, bool encrypted = false)
{
    private readonly Lazy<MimePart> message = new(() => MimePart.Parse(data));

    public string MailFrom => mailFrom;

    public IReadOnlyList<string> RcptTo => rcptTo;

    /// <summary>Whether the message came over TLS (implicit, or after STARTTLS).</summary>
    public bool Encrypted => encrypted;

    /// <summary>The raw message, one char per byte (Latin-1), lines ending in CRLF.</summary>
    public string Data => data;

    /// <summary>The message read as MIME: headers, decoded subject, parts and their decoded text.</summary>
    public MimePart Message => message.Value;
}
