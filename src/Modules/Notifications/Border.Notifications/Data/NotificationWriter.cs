using Border.Notifications.Contracts;
using Border.Notifications.Templates;

namespace Border.Notifications.Data;

internal static class NotificationWriter
{
    /// <summary>
    /// Adds the notification and, in the same SaveChanges, the email that carries it (unless the kind is inbox-only). Whether the person
    /// turned that kind of email off is decided when it is sent, so a later change of mind counts.
    /// </summary>
    public static Notification AddNotification(
        this NotificationsDbContext db,
        Guid recipientId,
        string kind,
        Guid sourceEventId,
        DateTimeOffset now,
        IReadOnlyDictionary<string, NotificationArgument>? arguments = null,
        string? link = null,
        string? address = null)
    {
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(now),
            RecipientId = recipientId,
            Kind = kind,
            SourceEventId = sourceEventId,
            Arguments = arguments is null ? null : new Dictionary<string, NotificationArgument>(arguments),
            Link = link,
            InInbox = NotificationTemplates.For(kind).InInbox,
            CreatedAt = now,
        };
        db.Notifications.Add(notification);
        if (!NotificationTemplates.For(kind).Emailed)
        {
            return notification;
        }

        db.Emails.Add(new EmailMessage
        {
            Id = notification.Id,
            RecipientId = recipientId,
            Address = address,
            Status = EmailStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        });
        return notification;
    }
}
