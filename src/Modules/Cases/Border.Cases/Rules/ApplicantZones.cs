using Border.Accounts.Contracts.Places;

namespace Border.Cases.Rules;

/// <summary>Deadlines an applicant reads end in the zone of the Mexican state they are in (Accounts' one table).</summary>
internal static class ApplicantZones
{
    public const string Default = StateTimeZones.CentralMexico;

    public static string Of(string? state) => StateTimeZones.Of(state);

    /// <summary>The last microsecond (what PostgreSQL keeps) of the day <paramref name="days"/> days after <paramref name="from"/>, in <paramref name="zone"/>.</summary>
    public static DateTimeOffset EndOfDayAfter(DateTimeOffset from, int days, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, tz).DateTime).AddDays(days + 1);
        var midnight = localDay.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, tz.GetUtcOffset(midnight)).AddMicroseconds(-1).ToUniversalTime();
    }
}
