namespace Border.Cases.Rules;

/// <summary>
/// Working days are Monday to Friday in a zone (no holidays). Time that starts on a weekend starts counting on the
/// Monday at midnight; each working day added lands at the same local time on the next weekday.
/// </summary>
internal static class WorkingDays
{
    public static DateTimeOffset After(DateTimeOffset start, int days, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        while (IsWeekend(local))
        {
            local = local.Date.AddDays(1);
        }

        for (var left = days; left > 0;)
        {
            local = local.AddDays(1);
            if (!IsWeekend(local))
            {
                left--;
            }
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool IsWeekend(DateTime day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
