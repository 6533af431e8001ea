using System.Text;

namespace Border.Testing.Smtp;

/// <summary>
/// Reads lines that end in CRLF only, as SMTP defines them: a bare LF inside a message is content, not
/// the end of a line. Bytes map one to one onto chars (Latin-1) so a message's bytes are kept exactly.
/// </summary>
internal sealed class SmtpLineReader(Stream stream)
{
    private const int MaxLine = 1 << 20;
    private readonly byte[] buffer = new byte[8192];
    private readonly List<byte> line = [];
    private int start;
    private int end;

    /// <returns>The line without its CRLF; null when the client closed the connection.</returns>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        line.Clear();
        while (true)
        {
            for (; start < end; start++)
            {
                var b = buffer[start];
                if (b == '\n' && line.Count > 0 && line[^1] == '\r')
                {
                    start++;
                    line.RemoveAt(line.Count - 1);
                    return Encoding.Latin1.GetString([.. line]);
                }

                line.Add(b);
                if (line.Count > MaxLine)
                {
                    throw new InvalidDataException("An SMTP line longer than 1 MiB.");
                }
            }

            start = 0;
            end = await stream.ReadAsync(buffer, cancellationToken);
            if (end == 0)
            {
                return null;
            }
        }
    }
}
