using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Shared.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Border.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsDbContext db, IStringLocalizer<Strings> text)
    : IRequestHandler<Contracts.ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(Contracts.ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == request.RecipientId);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var pages = Math.Max(1, (total + Contracts.ListNotifications.PageSize - 1) / Contracts.ListNotifications.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * Contracts.ListNotifications.PageSize)
            .Take(Contracts.ListNotifications.PageSize)
            .Select(n => new { n.Id, n.Kind, n.CreatedAt, Read = n.ReadAt != null })
            .ToListAsync(cancellationToken);
        var items = rows.Select(n =>
        {
            var template = NotificationTemplates.For(n.Kind);
            return new NotificationItem(n.Id, text[template.Title], text[template.Body], n.CreatedAt, n.Read);
        }).ToList();
        return new NotificationPage(items, page, pages, unread);
    }
}
