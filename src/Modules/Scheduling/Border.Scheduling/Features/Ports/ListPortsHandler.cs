using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

internal sealed class ListPortsHandler(SchedulingDbContext db) : IRequestHandler<ListPorts, IReadOnlyList<PortSummary>>
{
    public async Task<IReadOnlyList<PortSummary>> Handle(ListPorts request, CancellationToken cancellationToken) =>
        await db.Ports.AsNoTracking()
            .OrderBy(p => p.SortOrder)
            .Select(p => new PortSummary(p.Code, p.Name, p.UsState, p.TimeZone, p.DailyCapacity, p.FirstSlot, p.LastSlot, p.SlotMinutes))
            .ToListAsync(cancellationToken);
}
