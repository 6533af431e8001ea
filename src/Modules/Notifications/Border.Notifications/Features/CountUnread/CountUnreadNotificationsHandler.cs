using Border.Notifications.Contracts;
using Border.Notifications.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.CountUnread;

internal sealed class CountUnreadNotificationsHandler(NotificationsDbContext db)
    : IRequestHandler<CountUnreadNotifications, int>
{
    public Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.RecipientId == request.RecipientId && n.InInbox && n.ReadAt == null, cancellationToken);
}
