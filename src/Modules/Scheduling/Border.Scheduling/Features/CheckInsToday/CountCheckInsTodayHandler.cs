using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckInsToday;

internal sealed class CountCheckInsTodayHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<CountCheckInsToday, Contracts.CheckInsToday?>
{
    public async Task<Contracts.CheckInsToday?> Handle(CountCheckInsToday request, CancellationToken cancellationToken)
    {
        var port = await db.Ports.AsNoTracking().Where(p => p.Code == request.PortCode)
            .Select(p => new { p.Code, p.Name, p.TimeZone }).SingleOrDefaultAsync(cancellationToken);
        if (port is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(port.TimeZone)).DateTime);
        var statuses = await db.Appointments.AsNoTracking()
            .Where(a => a.PortCode == port.Code && a.Date == today && AppointmentRules.Confirmed.Contains(a.Status))
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var expected = statuses.Where(s => s.Status == AppointmentStatus.Confirmed).Sum(s => s.Count);
        return new Contracts.CheckInsToday(port.Code, port.Name, today, expected, statuses.Sum(s => s.Count) - expected);
    }
}
