using Border.Notifications.Contracts;
using Border.Notifications.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.MarkAllRead;

internal sealed class MarkAllNotificationsReadHandler(NotificationsDbContext db, TimeProvider clock)
    : IRequestHandler<MarkAllNotificationsRead, int>
{
    public Task<int> Handle(MarkAllNotificationsRead request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications
            .Where(n => n.RecipientId == request.RecipientId && n.InInbox && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now), cancellationToken);
    }
}
