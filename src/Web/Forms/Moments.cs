using System.Globalization;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Forms;

/// <summary>
/// Every date and time a page shows goes through here: for people, in the page's language with the zone named;
/// for machines (<c>&lt;time datetime&gt;</c>, date and time inputs), in the forms HTML accepts.
/// </summary>
public static class Moments
{
    /// <summary>A moment as people read it in <paramref name="timeZone"/>, the zone named ("… at 12:00 PM Eastern time (EST)").</summary>
    public static string At(IStringLocalizer S, DateTimeOffset at, string timeZone) => ZonedTimeText.Format(S, at, timeZone);

    /// <summary>The day of a moment in <paramref name="timeZone"/>, as people read it.</summary>
    public static string Day(DateTimeOffset at, string timeZone) =>
        Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime));

    /// <summary>A day as people read it ("Tuesday, November 24, 2026").</summary>
    public static string Day(DateOnly date) => date.ToString("D", CultureInfo.CurrentUICulture);

    /// <summary>
    /// A valid HTML global date and time string in UTC, to the second ("2026-11-24T18:00:00Z"); round-trip "O"
    /// writes seven fractional digits, which HTML's datetime attribute does not accept.
    /// </summary>
    public static string Machine(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A valid HTML date string, for <c>&lt;time datetime&gt;</c> and <c>&lt;input type="date"&gt;</c>.</summary>
    public static string Machine(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid HTML time string, for <c>&lt;input type="time"&gt;</c> and slot times.</summary>
    public static string Machine(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
