using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Templates;
using Border.Shared.Snapshots;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsDbContext db, NotificationRenderer renderer, PersonSnapshots snapshots)
    : IRequestHandler<Contracts.ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(Contracts.ListNotifications request, CancellationToken cancellationToken)
    {
        // The first pages only: any number can be typed into the address, and memory is for what people open.
        var stored = await snapshots.ReadAsync(
            request.RecipientId,
            $"notifications.inbox:{request.Page}",
            request.FromSnapshot && request.Page is >= 1 and <= 3,
            ct => ReadAsync(request, ct),
            cancellationToken);

        // Rendered each time, in the reader's language: a snapshot holds rows, never text.
        var culture = CultureInfo.CurrentUICulture;
        var items = stored.Rows.Select(n =>
        {
            var text = n.Kind == NotificationKinds.PolicyUpdate && stored.Policies.TryGetValue(n.SourceEventId, out var policy)
                ? PolicyUpdateText.Render(policy, culture)
                : renderer.Render(n.Kind, n.Arguments, n.Link, culture);
            return new NotificationItem(n.Id, text.Title, text.Body, n.CreatedAt, n.ReadAt);
        }).ToList();
        return new NotificationPage(items, stored.Page, stored.Pages, stored.Unread);
    }

    private async Task<StoredPage> ReadAsync(Contracts.ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == request.RecipientId && n.InInbox);
        // Both counts in one round trip: the page is opened often (its link is in every header).
        var counts = await mine.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Unread = g.Count(n => n.ReadAt == null) })
            .FirstOrDefaultAsync(cancellationToken);
        var (total, unread) = (counts?.Total ?? 0, counts?.Unread ?? 0);
        var pages = Math.Max(1, (total + Contracts.ListNotifications.PageSize - 1) / Contracts.ListNotifications.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * Contracts.ListNotifications.PageSize)
            .Take(Contracts.ListNotifications.PageSize)
            .Select(n => new StoredRow(n.Id, n.Kind, n.Arguments, n.Link, n.SourceEventId, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);

        var policyIds = rows.Where(n => n.Kind == NotificationKinds.PolicyUpdate).Select(n => n.SourceEventId).Distinct().ToList();
        Dictionary<Guid, PolicyUpdate> policies = policyIds.Count == 0
            ? []
            : await db.PolicyUpdates.AsNoTracking()
                .Where(p => policyIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
        return new StoredPage(rows, policies, page, pages, unread);
    }

    private sealed record StoredRow(
        Guid Id, string Kind, Dictionary<string, NotificationArgument>? Arguments, string? Link, Guid SourceEventId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    private sealed record StoredPage(List<StoredRow> Rows, Dictionary<Guid, PolicyUpdate> Policies, int Page, int Pages, int Unread);
}
