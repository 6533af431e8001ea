using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// The seats a draw may give, per port, date and slot: the day's capacity at the port (none on a closed day)
/// less what open offers and confirmed appointments already hold. Read once, under the ports' locks.
/// </summary>
internal sealed class FreeSeats(
    IReadOnlyDictionary<(string PortCode, DateOnly Date), PortDay> days,
    IReadOnlyDictionary<(string PortCode, DateOnly Date, TimeOnly SlotStart), int> held)
{
    public static async Task<FreeSeats> ReadAsync(
        SchedulingDbContext db, IReadOnlyCollection<DateOnly> dates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = await db.PortDays.AsNoTracking().Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => (d.PortCode, d.Date), cancellationToken);
        var held = await db.Appointments.AsNoTracking()
            .Where(a => dates.Contains(a.Date)).Where(AppointmentRules.HoldsSeats(now))
            .GroupBy(a => new { a.PortCode, a.Date, a.SlotStart })
            .Select(g => new { g.Key.PortCode, g.Key.Date, g.Key.SlotStart, People = g.Sum(a => a.PeopleCount) })
            .ToDictionaryAsync(h => (h.PortCode, h.Date, h.SlotStart), h => h.People, cancellationToken);
        return new FreeSeats(days, held);
    }

    /// <summary>What the port's draw for <paramref name="date"/> starts from.</summary>
    public PortInput At(Port port, SlotPlan plan, DateOnly date)
    {
        var slots = plan.Starts();
        var day = days.GetValueOrDefault((port.Code, date));
        var closed = day?.Closed == true;
        var seats = plan.SeatsPerSlot(closed ? 0 : day?.Capacity ?? port.DailyCapacity);
        var free = slots.Select((start, i) => Math.Max(0, seats[i] - held.GetValueOrDefault((port.Code, date, start)))).ToArray();
        return new PortInput(closed, [.. slots.Select(s => s.ToString("HH:mm"))], free);
    }
}
