using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

/// <summary>Confirmed appointments (and those already checked in or marked) of a port's day, in slot order.</summary>
internal sealed class GetPortRosterHandler(SchedulingDbContext db, SchedulingMappings mappings) : IRequestHandler<GetPortRoster, PortRoster?>
{
    public async Task<PortRoster?> Handle(GetPortRoster request, CancellationToken cancellationToken)
    {
        var port = await db.Ports.AsNoTracking().Where(p => p.Code == request.PortCode)
            .Select(p => new { p.Code, p.Name, p.TimeZone }).SingleOrDefaultAsync(cancellationToken);
        if (port is null)
        {
            return null;
        }

        var entries = await db.Appointments.AsNoTracking()
            .Where(a => a.PortCode == port.Code && a.Date == request.Date && AppointmentRules.Confirmed.Contains(a.Status))
            .OrderBy(a => a.SlotStart).ThenBy(a => a.ConfirmationNumber)
            .ProjectToType<RosterEntry>(mappings)
            .ToListAsync(cancellationToken);
        return new PortRoster(port.Code, port.Name, port.TimeZone, request.Date, entries);
    }
}
