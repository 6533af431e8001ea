namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The served site's clock: the real one moved forward by however much a test asks. It keeps running, so the
/// background jobs and the authenticator steps still move on as they would.
/// </summary>
public sealed class SiteClock(TimeSpan shift) : TimeProvider
{
    private long shiftTicks = shift.Ticks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);

    /// <summary>How far forward the next <paramref name="at"/> o'clock in <paramref name="zone"/> is from now (never backward).</summary>
    public static TimeSpan UntilNext(TimeOnly at, TimeZoneInfo zone)
    {
        var now = DateTimeOffset.UtcNow;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var target = local.Date + at.ToTimeSpan();
        if (target <= local.DateTime)
        {
            target = target.AddDays(1);
        }

        return new DateTimeOffset(target, zone.GetUtcOffset(target)) - now;
    }
}
