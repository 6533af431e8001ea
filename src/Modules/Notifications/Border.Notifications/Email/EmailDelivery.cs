using MimeKit;
using Border.Accounts.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Shared.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Notifications.Email;

/// <summary>One sender: claims due emails one at a time, renders each in the person's language of today, sends, records.</summary>
internal sealed partial class EmailDelivery(
    NotificationsDbContext db,
    EmailQueue queue,
    IEmailTransport transport,
    EmailComposer composer,
    NotificationRenderer renderer,
    IMediator mediator,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<EmailDelivery> logger)
{
    private EmailOptions Options => options.Value;

    /// <summary>Sends until nothing is due, the server stops answering or the time is up. Returns how many were sent.</summary>
    public async Task<int> RunAsync(DateTimeOffset stopAt, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (clock.GetUtcNow() < stopAt && !cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            // Longer than the SMTP timeout, so a live sender is never taken for a dead one.
            var claimed = await queue.ClaimNextAsync(now, now + (Options.Smtp.Timeout * 2) + TimeSpan.FromMinutes(1), cancellationToken);
            if (claimed is null)
            {
                break;
            }

            var outcome = await DeliverAsync(claimed, cancellationToken);
            if (outcome == SendResult.Sent)
            {
                sent++;
            }
            else if (outcome is SendResult.Unreachable or SendResult.NotSignedIn)
            {
                // The server is saying no to everyone for now; the next run tries again.
                break;
            }
        }

        return sent;
    }

    private async Task<SendResult?> DeliverAsync(EmailQueue.Claimed email, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == email.Id, cancellationToken);
        var recipient = (await mediator.Send(new GetEmailRecipients([email.RecipientId]), cancellationToken)).SingleOrDefault();
        if (recipient is null)
        {
            await FinishAsync(email.Id, notification, EmailStatus.Skipped, "The account is closed.", cancellationToken);
            return null;
        }

        var content = await ContentAsync(notification, recipient.Culture, cancellationToken);
        if (content.Topic is { } topic && await TurnedOffAsync(email.RecipientId, topic, cancellationToken))
        {
            await FinishAsync(email.Id, notification, EmailStatus.Skipped, $"The person turned off \"{topic}\" emails.", cancellationToken);
            return null;
        }

        MimeMessage message;
        try
        {
            message = composer.Compose(email.Id, email.Address ?? recipient.Email, content.Rendered, content.Topic is not null, Cultures.Info(recipient.Culture));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // Nothing left the building, so this is a plain failure, not an unconfirmed send.
            await FinishAsync(email.Id, notification, EmailStatus.Failed, $"The email could not be built: {e.Message}", cancellationToken);
            LogUnbuildable(logger, email.Id, e);
            return null;
        }

        using var _ = message;
        var outcome = await transport.SendAsync(message, cancellationToken);
        switch (outcome.Result)
        {
            case SendResult.Sent:
                await queue.FinishAsync(email.Id, EmailStatus.Sent, null, clock.GetUtcNow(), !notification.InInbox, cancellationToken);
                break;
            case SendResult.RetryLater or SendResult.Unreachable or SendResult.NotSignedIn:
                var delay = RetryDelay(email.Attempts);
                await queue.RetryAtAsync(email.Id, clock.GetUtcNow() + delay, outcome.Answer, cancellationToken);
                if (outcome.Result == SendResult.NotSignedIn)
                {
                    LogNotSignedIn(logger, Options.Smtp.Host, outcome.Answer);
                }
                else
                {
                    LogRetry(logger, email.Id, delay, outcome.Answer);
                }

                break;
            case SendResult.Refused:
                await FinishAsync(email.Id, notification, EmailStatus.Failed, outcome.Answer, cancellationToken);
                LogRefused(logger, email.Id, outcome.Answer);
                break;
            case SendResult.Unknown:
                await FinishAsync(email.Id, notification, EmailStatus.Unconfirmed, outcome.Answer, cancellationToken);
                LogUnknown(logger, email.Id, outcome.Answer);
                break;
        }

        return outcome.Result;
    }

    // Only email-only notifications carry a secret link; an inbox item's arguments stay for the inbox.
    private Task FinishAsync(Guid id, Notification notification, EmailStatus status, string? reason, CancellationToken cancellationToken) =>
        queue.FinishAsync(id, status, reason, sentAt: null, carriesSecret: !notification.InInbox, cancellationToken);

    private async Task<(RenderedNotification Rendered, string? Topic)> ContentAsync(
        Notification notification, string culture, CancellationToken cancellationToken)
    {
        var info = Cultures.Info(culture);
        if (notification.Kind == Contracts.NotificationKinds.PolicyUpdate)
        {
            var update = await db.PolicyUpdates.AsNoTracking().SingleAsync(p => p.Id == notification.SourceEventId, cancellationToken);
            return (PolicyUpdateText.Render(update, info), PolicyUpdateText.Topic);
        }

        return (renderer.Render(notification.Kind, notification.Arguments, notification.Link, info),
            NotificationTemplates.For(notification.Kind).OptionalTopic);
    }

    private Task<bool> TurnedOffAsync(Guid recipientId, string topic, CancellationToken cancellationToken) =>
        db.EmailPreferences.AnyAsync(p => p.RecipientId == recipientId && p.TopicsOff.Contains(topic), cancellationToken);

    /// <summary>30 s, 1 min, 2 min, … up to the cap.</summary>
    internal TimeSpan RetryDelay(int attempts)
    {
        var doubled = Options.RetryFirstDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return doubled < Options.RetryMaxDelay ? doubled : Options.RetryMaxDelay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} not accepted now; next try in {Delay}. Server: {Answer}")]
    private static partial void LogRetry(ILogger logger, Guid id, TimeSpan delay, string? answer);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail server {Host} wants a login or encryption it did not get; check Email:Smtp. No email is sent until then. Server: {Answer}")]
    private static partial void LogNotSignedIn(ILogger logger, string host, string? answer);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {Id} could not be built and was not sent")]
    private static partial void LogUnbuildable(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} refused for good. Server: {Answer}")]
    private static partial void LogRefused(ILogger logger, Guid id, string? answer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} may or may not have reached the server; not sent again on its own. {Answer}")]
    private static partial void LogUnknown(ILogger logger, Guid id, string? answer);
}
