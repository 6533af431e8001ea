using System.Net.Mail;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Email;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Features.Notify;

/// <summary>Turns another module's request into an inbox item and an email. A redelivered event adds nothing.</summary>
internal sealed partial class NotificationRequestedHandler(
    NotificationsDbContext db, TimeProvider clock, EmailDeliveryKick email, ILogger<NotificationRequestedHandler> logger)
    : INotificationHandler<NotificationRequested>
{
    public async Task Handle(NotificationRequested notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(NotificationRequestedHandler), now, cancellationToken))
        {
            return;
        }

        var link = SiteLinks.IsSitePath(notification.Link) ? notification.Link : null;
        if (link is null && notification.Link is not null)
        {
            LogOffSiteLink(logger, notification.Kind, notification.EventId);
        }

        var address = notification.Address is { } to && MailAddress.TryCreate(to, out var parsed) && parsed.Address == to ? to : null;
        db.AddNotification(notification.RecipientId, notification.Kind, notification.EventId, now, notification.Arguments, link, address);
        await db.SaveChangesAsync(cancellationToken);
        if (Templates.NotificationTemplates.For(notification.Kind).Emailed)
        {
            email.Kick();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Kind} from event {EventId} had a link off the site; it points to the kind's usual page instead")]
    private static partial void LogOffSiteLink(ILogger logger, string kind, Guid eventId);
}
