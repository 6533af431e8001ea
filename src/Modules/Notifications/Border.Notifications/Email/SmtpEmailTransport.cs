using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Border.Notifications.Email;

/// <summary>System.Net.Mail against the configured server, or .eml files in a folder when one is configured.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    private EmailOptions Options => options.Value;

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        if (Options.PickupDirectory is not null)
        {
            return true;
        }

        using var socket = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Smtp.Timeout);
        try
        {
            await socket.ConnectAsync(Options.Smtp.Host, Options.Smtp.Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task<SendOutcome> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return SendOutcome.Sent;
        }
        catch (SmtpException e)
        {
            return Classify(e);
        }
    }

    private SmtpClient CreateClient()
    {
        if (Options.PickupDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(directory),
            };
        }

        var smtp = Options.Smtp;
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (smtp.UserName is not null)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        return client;
    }

    /// <summary>
    /// Only a reply code proves the server does not have the message. A connection refused before any
    /// conversation proves it too. Anything else (a timeout, a reset mid-way) leaves it unknown.
    /// </summary>
    internal static SendOutcome Classify(SmtpException e)
    {
        var code = (int)e.StatusCode;
        var answer = $"{code} {e.Message}".Trim();
        if (e.StatusCode == SmtpStatusCode.ServiceNotAvailable)
        {
            return new SendOutcome(SendResult.Unreachable, answer);
        }

        // System.Net.Mail goes on to MAIL FROM after a failed AUTH, so a wrong password shows up as 530 there.
        if (code is 454 or 530 or 534 or 535 or 538)
        {
            return new SendOutcome(SendResult.NotSignedIn, answer);
        }

        if (code is >= 400 and < 500)
        {
            return new SendOutcome(SendResult.RetryLater, answer);
        }

        if (code >= 500)
        {
            return new SendOutcome(SendResult.Refused, answer);
        }

        if (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable } socket)
        {
            return new SendOutcome(SendResult.Unreachable, socket.Message);
        }

        return new SendOutcome(SendResult.Unknown, $"{e.Message} {e.InnerException?.Message}".Trim());
    }
}
