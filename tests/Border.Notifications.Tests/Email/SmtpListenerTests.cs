using System.Net.Mail;
using System.Net.Mime;
using System.Net.Sockets;
using System.Text;
using Border.Testing.Smtp;

namespace Border.Notifications.Tests.Email;

/// <summary>The test server and MIME reader the email tests rely on, checked against System.Net.Mail itself.</summary>
public sealed class SmtpListenerTests : IAsyncLifetime
{
    private readonly SmtpListener smtp = SmtpListener.Started();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task Lines_that_start_with_a_dot_arrive_as_they_were_written()
    {
        const string body = ".NET wrote this\r\n.\r\n..two dots\r\nlast line";
        using var message = new MailMessage("from@border.example", "to@example.test", "Dots", body)
        {
            BodyTransferEncoding = TransferEncoding.SevenBit,
        };

        await SendAsync(message);

        var received = Assert.Single(smtp.Messages);
        Assert.Equal(("from@border.example", "to@example.test"), (received.MailFrom, Assert.Single(received.RcptTo)));
        Assert.Equal(body, received.Message.Text);
    }

    [Theory]
    [InlineData(TransferEncoding.QuotedPrintable)]
    [InlineData(TransferEncoding.Base64)]
    public async Task A_long_spanish_subject_and_body_survive_encoding(TransferEncoding encoding)
    {
        var subject = "La decisión sobre su caso está lista; ábrala en Border y lea los motivos con atención, por favor ñandú";
        var text = string.Join("\r\n", Enumerable.Repeat("Información útil: cita en San Ysidro, hora del Pacífico (PST) — ¿confirmará?", 4));
        using var message = new MailMessage("from@border.example", "to@example.test")
        {
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = text,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = encoding,
        };

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
        using var message = new MailMessage("from@border.example", "to@example.test", "Back", "Again");
        await SendAsync(message);
        Assert.Equal(port, smtp.Port);
        Assert.Equal("Back", Assert.Single(smtp.Messages).Message.Subject);
    }

    [Fact]
    public async Task A_refusal_at_the_end_of_data_keeps_the_message_out_of_the_record()
    {
        smtp.DataReply = "554 5.7.1 Rejected";
        using var message = new MailMessage("from@border.example", "to@example.test", "No", "No");

        var error = await Assert.ThrowsAsync<SmtpException>(() => SendAsync(message));

        Assert.Equal(SmtpStatusCode.TransactionFailed, error.StatusCode);
        Assert.Empty(smtp.Messages);
        Assert.Equal(1, smtp.Refused);
    }

    private async Task SendAsync(MailMessage message)
    {
        using var client = new SmtpClient("127.0.0.1", smtp.Port) { Timeout = 5000 };
        await client.SendMailAsync(message);
    }
}
