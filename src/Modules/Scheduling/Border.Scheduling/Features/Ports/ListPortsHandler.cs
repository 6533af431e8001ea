using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

internal sealed class ListPortsHandler(SchedulingDbContext db, SchedulingMappings mappings) : IRequestHandler<ListPorts, IReadOnlyList<PortSummary>>
{
    public async Task<IReadOnlyList<PortSummary>> Handle(ListPorts request, CancellationToken cancellationToken) =>
        await db.Ports.AsNoTracking()
            .OrderBy(p => p.SortOrder)
            .ProjectToType<PortSummary>(mappings)
            .ToListAsync(cancellationToken);
}
