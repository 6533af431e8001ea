using System.Security.Cryptography;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Border.Notifications.Email;

/// <summary>MailKit against the configured server, one connection a message; or .eml files in a folder when one is configured.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    /// <summary>CRLF line ends, as on the wire, whatever the machine's own.</summary>
    private static readonly FormatOptions Eml = new() { NewLineFormat = NewLineFormat.Dos };

    private SmtpOptions Smtp => options.Value.Smtp;

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PickupDirectory is not null)
        {
            return true;
        }

        using var client = new TrackedSmtpClient();
        try
        {
            await ConnectAsync(client, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && SmtpAnswers.TurnsEveryoneAway(e))
        {
            return false;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && SmtpAnswers.IsKnown(e))
        {
            // A wrong setting: the send that follows fails the same way and says so where people look.
            return true;
        }
    }

    public async Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (options.Value.PickupDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            // Named by the Message-ID, so the same email written twice is one file.
            var file = Path.Combine(Path.GetFullPath(directory), $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
            await message.WriteToAsync(Eml, file, cancellationToken);
            return SendOutcome.Sent;
        }

        using var client = new TrackedSmtpClient();
        var stage = SmtpStage.Connecting;
        try
        {
            await ConnectAsync(client, cancellationToken);
            if (Smtp.UserName is { Length: > 0 } userName)
            {
                stage = SmtpStage.SigningIn;
                await client.AuthenticateAsync(userName, Smtp.Password ?? string.Empty, cancellationToken);
            }

            stage = SmtpStage.Sending;
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && SmtpAnswers.IsKnown(e))
        {
            return SmtpAnswers.Classify(e, stage == SmtpStage.Sending && client.RecipientAccepted ? SmtpStage.MessageGoing : stage);
        }

        await QuitAsync(client);
        return SendOutcome.Sent;
    }

    private async Task ConnectAsync(TrackedSmtpClient client, CancellationToken cancellationToken)
    {
        client.Timeout = (int)Smtp.Timeout.TotalMilliseconds;
        if (Smtp.CertificateSha256 is { Length: > 0 } pinned)
        {
            client.ServerCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && string.Equals(
                    Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())), pinned.Replace(":", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }

        var security = Smtp.Tls switch
        {
            SmtpTls.StartTls => SecureSocketOptions.StartTls,
            SmtpTls.Implicit => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(Smtp.Host, Smtp.Port, security, cancellationToken);
    }

    /// <summary>The server already has the message: a QUIT that fails changes nothing about it.</summary>
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (SmtpAnswers.IsKnown(e))
        {
        }
    }

    /// <summary>Notes when the server took a recipient: from then on a broken connection may have left it the message.</summary>
    private sealed class TrackedSmtpClient : SmtpClient
    {
        public bool RecipientAccepted { get; private set; }

        protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
        {
            RecipientAccepted = true;
            base.OnRecipientAccepted(message, mailbox, response);
        }
    }
}
