using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

internal sealed class GetPortHandler(SchedulingDbContext db, SchedulingMappings mappings, TimeProvider clock) : IRequestHandler<GetPort, PortDetail?>
{
    public async Task<PortDetail?> Handle(GetPort request, CancellationToken cancellationToken)
    {
        var port = await db.Ports.AsNoTracking()
            .Where(p => p.Code == request.Code)
            .ProjectToType<PortSummary>(mappings)
            .SingleOrDefaultAsync(cancellationToken);
        if (port is null)
        {
            return null;
        }

        var today = PortClock.Today(clock, port.TimeZone);
        var confirmed = await Seats.ConfirmedByDateAsync(db, port.Code, today, cancellationToken);
        // Hand-written: each day's confirmed count comes from a second query, joined here in memory.
        var days = await db.PortDays.AsNoTracking()
            .Where(d => d.PortCode == port.Code && d.Date >= today)
            .OrderBy(d => d.Date)
            .Select(d => new { d.Date, d.Capacity, d.Closed, d.ClosedReason })
            .ToListAsync(cancellationToken);
        return new PortDetail(
            port,
            today,
            [.. days.Select(d => new PortDayView(d.Date, d.Capacity, d.Closed, d.ClosedReason, confirmed.GetValueOrDefault(d.Date)))]);
    }
}
