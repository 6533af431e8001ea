using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Border.Testing.Smtp;

/// <summary>One client's conversation with <see cref="SmtpListener"/>, from the greeting to QUIT.</summary>
internal sealed class SmtpSession(TcpClient client, SmtpListener server)
{
    private readonly List<string> recipients = [];
    private Stream stream = client.GetStream();
    private bool encrypted;
    private bool greeted;
    private bool signedIn;
    private string? sender;

    public async Task RunAsync(CancellationToken stopping)
    {
        if (server.Tls == SmtpListenerTls.Implicit)
        {
            await EncryptAsync(stopping);
        }

        var reader = new SmtpLineReader(stream);
        await ReplyAsync(server.Greeting, stopping);
        if (!server.Greeting.StartsWith('2'))
        {
            return;
        }

        while (await reader.ReadLineAsync(stopping) is { } line)
        {
            var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
            var argument = line.Length > 4 ? line[4..].Trim() : string.Empty;
            if (string.Equals(verb, server.DropAt, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            switch (verb)
            {
                case "EHLO":
                    greeted = true;
                    await ReplyAsync(Extensions(), stopping);
                    break;
                case "STAR" when line.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase) && server.Tls == SmtpListenerTls.StartTls && !encrypted:
                    await ReplyAsync("220 2.0.0 Ready to start TLS", stopping);
                    await EncryptAsync(stopping);
                    // RFC 3207: everything said before the handshake is forgotten.
                    reader = new SmtpLineReader(stream);
                    greeted = false;
                    Reset();
                    break;
                case "AUTH" when server.Login is not null && !signedIn:
                    signedIn = await SmtpLogin.RunAsync(argument, server.Login.Value, reader, ReplyAsync, stopping);
                    break;
                case "HELO":
                    greeted = true;
                    await ReplyAsync("250 border.test", stopping);
                    break;
                case "MAIL" when !greeted:
                    await ReplyAsync("503 5.5.1 Say EHLO first", stopping);
                    break;
                case "MAIL" when server.Tls == SmtpListenerTls.StartTls && !encrypted:
                    await ReplyAsync("530 5.7.0 Must issue a STARTTLS command first", stopping);
                    break;
                case "MAIL" when server.Login is not null && !signedIn:
                    await ReplyAsync("530 5.7.0 Authentication required", stopping);
                    break;
                case "MAIL" when TryAddress(argument, "FROM:", out var from):
                    Reset();
                    sender = from;
                    await ReplyAsync("250 2.1.0 Ok", stopping);
                    break;
                case "RCPT" when sender is null:
                    await ReplyAsync("503 5.5.1 MAIL first", stopping);
                    break;
                case "RCPT" when TryAddress(argument, "TO:", out var to):
                    var answer = server.RcptReply ?? "250 2.1.5 Ok";
                    if (answer.StartsWith('2'))
                    {
                        recipients.Add(to);
                    }

                    await ReplyAsync(answer, stopping);
                    break;
                case "DATA" when recipients.Count == 0:
                    await ReplyAsync("554 5.5.1 No valid recipients", stopping);
                    break;
                case "DATA":
                    await ReplyAsync("354 End data with <CR><LF>.<CR><LF>", stopping);
                    if (!await ReceiveDataAsync(reader, stopping))
                    {
                        return;
                    }

                    break;
                case "RSET":
                    Reset();
                    await ReplyAsync("250 2.0.0 Ok", stopping);
                    break;
                case "NOOP":
                    await ReplyAsync("250 2.0.0 Ok", stopping);
                    break;
                case "QUIT":
                    await ReplyAsync("221 2.0.0 Bye", stopping);
                    return;
                case "MAIL" or "RCPT":
                    await ReplyAsync("501 5.1.7 Bad address syntax", stopping);
                    break;
                default:
                    await ReplyAsync("502 5.5.2 Command not recognized", stopping);
                    break;
            }
        }
    }

    /// <returns>False when the server was told to hang: it keeps the message and never answers.</returns>
    private async Task<bool> ReceiveDataAsync(SmtpLineReader reader, CancellationToken stopping)
    {
        var data = new StringBuilder();
        while (true)
        {
            var line = await reader.ReadLineAsync(stopping) ?? throw new IOException("The client left in the middle of DATA.");
            if (line == ".")
            {
                break;
            }

            // A leading dot was doubled by the client so that no content line reads as the end.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        var email = new ReceivedEmail(sender!, [.. recipients], data.ToString(), encrypted);
        Reset();
        if (server.HangAfterData)
        {
            server.Record(email);
            await Task.Delay(Timeout.Infinite, stopping);
            return false;
        }

        var answer = server.DataReply ?? "250 2.0.0 Ok: queued";
        if (answer.StartsWith('2'))
        {
            server.Record(email);
        }
        else
        {
            server.RecordRefusal();
        }

        await ReplyAsync(answer, stopping);
        return true;
    }

    private string Extensions()
    {
        var lines = new List<string> { "border.test greets you", "8BITMIME" };
        if (server.Tls == SmtpListenerTls.StartTls && !encrypted)
        {
            lines.Add("STARTTLS");
        }

        if (server.Login is not null)
        {
            lines.Add("AUTH LOGIN PLAIN");
        }

        lines.Add("SIZE 10485760");
        return string.Join("\r\n", lines.Select((l, i) => (i == lines.Count - 1 ? "250 " : "250-") + l));
    }

    private async Task EncryptAsync(CancellationToken stopping)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = SmtpListener.Certificate }, stopping);
        stream = tls;
        encrypted = true;
    }

    private void Reset()
    {
        sender = null;
        recipients.Clear();
    }

    private async Task ReplyAsync(string reply, CancellationToken stopping) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), stopping);

    /// <summary>Reads "FROM:&lt;a@b&gt; SIZE=123" as "a@b"; the empty reverse path "&lt;&gt;" is allowed for MAIL.</summary>
    private static bool TryAddress(string argument, string prefix, out string address)
    {
        address = string.Empty;
        if (!argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = argument[prefix.Length..].TrimStart();
        var close = rest.IndexOf('>', StringComparison.Ordinal);
        if (!rest.StartsWith('<') || close < 0)
        {
            return false;
        }

        address = rest[1..close];
        return address.Length > 0 || prefix == "FROM:";
    }
}
