using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

internal sealed class GetPortHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<GetPort, PortDetail?>
{
    public async Task<PortDetail?> Handle(GetPort request, CancellationToken cancellationToken)
    {
        var port = await db.Ports.AsNoTracking()
            .Where(p => p.Code == request.Code)
            .Select(p => new PortSummary(p.Code, p.Name, p.UsState, p.TimeZone, p.DailyCapacity, p.FirstSlot, p.LastSlot, p.SlotMinutes))
            .SingleOrDefaultAsync(cancellationToken);
        if (port is null)
        {
            return null;
        }

        var today = Seats.Today(clock, port.TimeZone);
        var confirmed = await Seats.ConfirmedByDateAsync(db, port.Code, today, cancellationToken);
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
