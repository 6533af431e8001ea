using MimeKit;

namespace Border.Notifications.Email;

/// <summary>Hands one message to the mail server and says what became of it.</summary>
internal interface IEmailTransport
{
    /// <summary>Whether the server accepts connections now; checked once a run so a server that is down costs nothing.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
