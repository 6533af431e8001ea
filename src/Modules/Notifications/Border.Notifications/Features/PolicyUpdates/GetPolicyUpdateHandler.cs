using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.PolicyUpdates;

internal sealed class GetPolicyUpdateHandler(NotificationsDbContext db, NotificationsMappings mappings) : IRequestHandler<GetPolicyUpdate, PolicyUpdateView?>
{
    public Task<PolicyUpdateView?> Handle(GetPolicyUpdate request, CancellationToken cancellationToken) =>
        db.PolicyUpdates.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .ProjectToType<PolicyUpdateView>(mappings)
            .SingleOrDefaultAsync(cancellationToken);
}
