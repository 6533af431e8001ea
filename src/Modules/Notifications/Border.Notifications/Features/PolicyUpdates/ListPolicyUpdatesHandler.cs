using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.PolicyUpdates;

internal sealed class ListPolicyUpdatesHandler(NotificationsDbContext db, NotificationsMappings mappings) : IRequestHandler<ListPolicyUpdates, PolicyUpdatePage>
{
    public async Task<PolicyUpdatePage> Handle(ListPolicyUpdates request, CancellationToken cancellationToken)
    {
        var total = await db.PolicyUpdates.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + ListPolicyUpdates.PageSize - 1) / ListPolicyUpdates.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var items = await db.PolicyUpdates.AsNoTracking()
            .OrderByDescending(p => p.PublishedAt)
            .Skip((page - 1) * ListPolicyUpdates.PageSize)
            .Take(ListPolicyUpdates.PageSize)
            .ProjectToType<PolicyUpdateSummary>(mappings)
            .ToListAsync(cancellationToken);
        return new PolicyUpdatePage(items, page, pages);
    }
}
