using Border.Scheduling.Contracts;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Rules;

/// <summary>Where the clock stands against the daily request window, and which dates follow from it.</summary>
internal sealed class RequestWindow(TimeProvider clock, IOptionsMonitor<RequestWindowOptions> window, IOptionsMonitor<AllocationOptions> allocation)
{
    public RequestWindowView Now()
    {
        var options = window.CurrentValue;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var opens = At(zone, today, options.Opens);
        var closes = At(zone, today, options.Closes).AddMinutes(1);
        var open = opens <= now && now < closes;
        var next = now < opens ? opens : At(zone, today.AddDays(1), options.Opens);
        // Before today's window opens, the window people are waiting for is today's; after it closes, tomorrow's.
        var windowDate = open || now < opens ? today : today.AddDays(1);
        return new RequestWindowView(
            open,
            windowDate,
            open ? opens : next,
            open ? closes : At(zone, windowDate, options.Closes).AddMinutes(1),
            next,
            DrawAt(windowDate),
            options.TimeZone);
    }

    /// <summary>When the draw for a window's requests runs: the next day at the allocation time.</summary>
    public DateTimeOffset DrawAt(DateOnly windowDate)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(window.CurrentValue.TimeZone);
        return At(zone, windowDate.AddDays(1), allocation.CurrentValue.RunAt);
    }

    /// <summary>The end (exclusive) of a window: until then people can still request for its appointment date.</summary>
    public DateTimeOffset ClosesAt(DateOnly windowDate)
    {
        var options = window.CurrentValue;
        return At(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone), windowDate, options.Closes).AddMinutes(1);
    }

    /// <summary>The window whose draw fills an appointment date.</summary>
    public DateOnly WindowOf(DateOnly appointmentDate) => appointmentDate.AddDays(-(1 + allocation.CurrentValue.LeadDays));

    /// <summary>The appointment date a window's draw fills.</summary>
    public DateOnly AppointmentDate(DateOnly windowDate) => windowDate.AddDays(1 + allocation.CurrentValue.LeadDays);

    private static DateTimeOffset At(TimeZoneInfo zone, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        // Noon and midnight are never inside a U.S. clock change (at 02:00), so the offset is unambiguous.
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
