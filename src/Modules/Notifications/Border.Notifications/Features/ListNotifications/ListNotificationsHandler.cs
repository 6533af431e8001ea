using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsDbContext db, NotificationRenderer renderer)
    : IRequestHandler<Contracts.ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(Contracts.ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == request.RecipientId && n.InInbox);
        // Both counts in one round trip: the page is opened often (its link is in every header).
        var counts = await mine.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Unread = g.Count(n => n.ReadAt == null) })
            .FirstOrDefaultAsync(cancellationToken);
        var (total, unread) = (counts?.Total ?? 0, counts?.Unread ?? 0);
        var pages = Math.Max(1, (total + Contracts.ListNotifications.PageSize - 1) / Contracts.ListNotifications.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        // Hand-written: title and body are rendered from templates in the reader's language, which SQL cannot do.
        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * Contracts.ListNotifications.PageSize)
            .Take(Contracts.ListNotifications.PageSize)
            .Select(n => new { n.Id, n.Kind, n.Arguments, n.Link, n.SourceEventId, n.CreatedAt, n.ReadAt })
            .ToListAsync(cancellationToken);

        var policyIds = rows.Where(n => n.Kind == NotificationKinds.PolicyUpdate).Select(n => n.SourceEventId).Distinct().ToList();
        Dictionary<Guid, PolicyUpdate> policies = policyIds.Count == 0
            ? []
            : await db.PolicyUpdates.AsNoTracking()
                .Where(p => policyIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var items = rows.Select(n =>
        {
            var text = n.Kind == NotificationKinds.PolicyUpdate && policies.TryGetValue(n.SourceEventId, out var policy)
                ? PolicyUpdateText.Render(policy, culture)
                : renderer.Render(n.Kind, n.Arguments, n.Link, culture);
            return new NotificationItem(n.Id, text.Title, text.Body, n.CreatedAt, n.ReadAt);
        }).ToList();
        return new NotificationPage(items, page, pages, unread);
    }
}
