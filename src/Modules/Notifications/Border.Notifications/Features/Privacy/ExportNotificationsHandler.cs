using Border.Notifications.Contracts;
using Border.Notifications.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.Privacy;

/// <summary>Everything this module holds about the person: the inbox as they read it, the emails and the settings.</summary>
internal sealed class ExportNotificationsHandler(NotificationsDbContext db, IMediator mediator)
    : IRequestHandler<ExportNotifications, NotificationsExport>
{
    public async Task<NotificationsExport> Handle(ExportNotifications request, CancellationToken cancellationToken)
    {
        var inbox = new List<ExportedNotification>();
        for (var page = 1; ; page++)
        {
            var items = await mediator.Send(new Contracts.ListNotifications(request.RecipientId, page), cancellationToken);
            inbox.AddRange(items.Items.Select(i => new ExportedNotification(i.Title, i.Body, i.CreatedAt, i.ReadAt)));
            if (page >= items.TotalPages)
            {
                break;
            }
        }

        var emails = await db.Emails.AsNoTracking()
            .Where(e => e.RecipientId == request.RecipientId)
            .Join(db.Notifications, e => e.Id, n => n.Id, (e, n) => new { n.Kind, e.Status, e.CreatedAt, e.SentAt })
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        var settings = await mediator.Send(new GetEmailSettings(request.RecipientId), cancellationToken);
        return new NotificationsExport(
            inbox,
            [.. emails.Select(e => new ExportedEmail(e.Kind, e.Status.ToString(), e.CreatedAt, e.SentAt))],
            settings.TopicsOn);
    }
}
