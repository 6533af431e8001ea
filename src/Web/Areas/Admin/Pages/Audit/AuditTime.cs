namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// The log is read in the zone of Border's own days (the request window's, from configuration), so a "from"
/// or "to" date is a day there.
/// </summary>
public static class AuditTime
{
    /// <summary>The moment <paramref name="day"/> begins in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
