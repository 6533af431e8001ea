namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>
/// Border's own days (the request window, the draw) are US Eastern, so the log is read in Eastern time and
/// a "from" or "to" date is an Eastern day.
/// </summary>
public static class AuditTime
{
    public const string TimeZone = "America/New_York";

    /// <summary>The moment the Eastern day begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
