namespace Border.Scheduling.Rules;

/// <summary>The clock as a port reads it: days are counted in the port's own time zone.</summary>
internal static class PortClock
{
    /// <summary>Today at the port, in its own zone.</summary>
    public static DateOnly Today(TimeProvider clock, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
