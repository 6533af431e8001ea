namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The site with its clock at the next 13:00 US Eastern (or later that hour), so the request window (12:00 to 23:59
/// there) is open whatever the real time of day; the clock runs on and a test may move it further.
/// </summary>
public sealed class WindowOpenSiteFixture() : SiteFixture(new SiteClock(SiteClock.UntilNext(new TimeOnly(13, 0), Eastern)))
{
    public static TimeZoneInfo Eastern { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public new SiteClock Clock => (SiteClock)base.Clock;

    /// <summary>Today in US Eastern by the site's clock: the request window's date.</summary>
    public DateOnly WindowDate => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Eastern).DateTime);
}
