namespace Border.Cases.Rules;

/// <summary>The time zone of the Mexican state an applicant says they are in (most of Mexico keeps Mexico City's time).</summary>
internal static class ApplicantZones
{
    public const string Default = "America/Mexico_City";

    private static readonly Dictionary<string, string> ByState = new(StringComparer.Ordinal)
    {
        ["BCN"] = "America/Tijuana",
        ["SON"] = "America/Hermosillo",
        ["CHH"] = "America/Chihuahua",
        ["BCS"] = "America/Mazatlan",
        ["SIN"] = "America/Mazatlan",
        ["NAY"] = "America/Mazatlan",
        ["ROO"] = "America/Cancun",
    };

    public static string Of(string? state) => state is not null && ByState.TryGetValue(state, out var zone) ? zone : Default;

    /// <summary>The last microsecond (what PostgreSQL keeps) of the day <paramref name="days"/> days after <paramref name="from"/>, in <paramref name="zone"/>.</summary>
    public static DateTimeOffset EndOfDayAfter(DateTimeOffset from, int days, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, tz).DateTime).AddDays(days + 1);
        var midnight = localDay.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, tz.GetUtcOffset(midnight)).AddMicroseconds(-1).ToUniversalTime();
    }
}
