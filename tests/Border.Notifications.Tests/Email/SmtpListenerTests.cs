using System.Globalization;
using System.Net.Sockets;
using Border.Testing.Smtp;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Border.Notifications.Tests.Email;

/// <summary>The test server and MIME reader the email tests rely on, checked against MailKit, the client Border sends with.</summary>
public sealed class SmtpListenerTests : IAsyncLifetime
{
    private readonly SmtpListener smtp = SmtpListener.Started();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task Lines_that_start_with_a_dot_arrive_as_they_were_written()
    {
        const string body = ".NET wrote this\r\n.\r\n..two dots\r\nlast line";
        using var message = Message("Dots", body, ContentEncoding.SevenBit);

        await SendAsync(message);

        var received = Assert.Single(smtp.Messages);
        Assert.Equal(("from@border.example", "to@example.test"), (received.MailFrom, Assert.Single(received.RcptTo)));
        Assert.Equal(body, received.Message.Text);
        Assert.False(received.Encrypted);
    }

    [Theory]
    [InlineData(ContentEncoding.QuotedPrintable)]
    [InlineData(ContentEncoding.Base64)]
    public async Task A_long_spanish_subject_and_body_survive_encoding(ContentEncoding encoding)
    {
        var subject = "La decisión sobre su caso está lista; ábrala en Border y lea los motivos con atención, por favor ñandú";
        var text = string.Join("\r\n", Enumerable.Repeat("Información útil: cita en San Ysidro, hora del Pacífico (PST) — ¿confirmará?", 4));
        using var message = Message(subject, text, encoding);

        await SendAsync(message);

        var received = Assert.Single(smtp.Messages);
        Assert.Contains("=?utf-8?", received.Message.Header("Subject"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(subject, received.Message.Subject);
        Assert.Equal(text, received.Message.Text);
    }

    [Fact]
    public async Task A_stopped_server_refuses_connections_and_comes_back_on_the_same_port()
    {
        var port = smtp.Port;
        await smtp.StopAsync();

        using (var refused = new TcpClient())
        {
            var error = await Assert.ThrowsAsync<SocketException>(() => refused.ConnectAsync("127.0.0.1", port));
            Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
        }

        smtp.Start();
        using var message = Message("Back", "Again");
        await SendAsync(message);
        Assert.Equal(port, smtp.Port);
        Assert.Equal("Back", Assert.Single(smtp.Messages).Message.Subject);
    }

    [Theory]
    [InlineData("rcpt", "451 4.3.0 Try later")]
    [InlineData("rcpt", "550 5.1.1 No such user")]
    [InlineData("data", "452 4.3.1 Storage full")]
    [InlineData("data", "554 5.7.1 Rejected")]
    public async Task A_refusal_reaches_the_client_with_its_code_and_keeps_the_message_out_of_the_record(string stage, string reply)
    {
        if (stage == "rcpt")
        {
            smtp.RcptReply = reply;
        }
        else
        {
            smtp.DataReply = reply;
        }

        using var message = Message("No", "No");

        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(message));

        Assert.Equal(int.Parse(reply[..3], CultureInfo.InvariantCulture), (int)error.StatusCode);
        Assert.Empty(smtp.Messages);
        Assert.Equal(stage == "data" ? 1 : 0, smtp.Refused);
    }

    [Theory]
    [InlineData(SmtpListenerTls.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpListenerTls.Implicit, SecureSocketOptions.SslOnConnect)]
    public async Task A_message_can_come_over_tls_with_the_servers_own_certificate(SmtpListenerTls tls, SecureSocketOptions options)
    {
        smtp.Tls = tls;
        using var message = Message("Sealed", "Over TLS");

        await SendAsync(message, options);

        Assert.True(Assert.Single(smtp.Messages).Encrypted);
    }

    [Fact]
    public async Task A_server_that_wants_starttls_refuses_mail_sent_in_the_clear()
    {
        smtp.Tls = SmtpListenerTls.StartTls;
        using var message = Message("Plain", "Text");

        var error = await Assert.ThrowsAsync<MailKit.ServiceNotAuthenticatedException>(() => SendAsync(message, SecureSocketOptions.None));

        Assert.Contains("STARTTLS", error.Message, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
    }

    private static MimeMessage Message(string subject, string text, ContentEncoding encoding = ContentEncoding.Default)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart(TextFormat.Plain) { Text = text, ContentTransferEncoding = encoding } };
        message.From.Add(MailboxAddress.Parse("from@border.example"));
        message.To.Add(MailboxAddress.Parse("to@example.test"));
        return message;
    }

    private async Task SendAsync(MimeMessage message, SecureSocketOptions options = SecureSocketOptions.None)
    {
        using var client = new SmtpClient { Timeout = 5000 };
        client.ServerCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == SmtpListener.Certificate.Thumbprint;
        await client.ConnectAsync("127.0.0.1", smtp.Port, options);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
