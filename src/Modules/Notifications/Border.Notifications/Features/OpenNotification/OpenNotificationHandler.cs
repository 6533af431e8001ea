using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.OpenNotification;

internal sealed class OpenNotificationHandler(NotificationsDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.OpenNotification, string?>
{
    public async Task<string?> Handle(Contracts.OpenNotification request, CancellationToken cancellationToken)
    {
        // Loaded through the person's own id: someone else's notification id finds nothing.
        var notification = await db.Notifications.SingleOrDefaultAsync(
            n => n.Id == request.NotificationId && n.RecipientId == request.RecipientId && n.InInbox, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return notification.Kind == NotificationKinds.PolicyUpdate
            ? PolicyUpdateText.LinkTo(notification.SourceEventId)
            : notification.Link ?? NotificationTemplates.For(notification.Kind).Link;
    }
}
