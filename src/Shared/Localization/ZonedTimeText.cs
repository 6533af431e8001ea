using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Border.Shared.Localization;

/// <summary>
/// A moment as a person reads it in a port's or the request window's zone, with the zone named in their
/// language ("Tuesday, November 24, 2026 at 12:00 PM Eastern time (EST)"). The system's own zone names
/// follow the machine's language, not the reader's, so Border names the zones it uses itself.
/// </summary>
public static class ZonedTimeText
{
    private static readonly Dictionary<string, (string Name, string Standard, string Daylight)> Known = new(StringComparer.Ordinal)
    {
        ["America/Los_Angeles"] = ("Pacific time", "PST", "PDT"),
        ["America/Phoenix"] = ("Arizona time", "MST", "MST"),
        ["America/Denver"] = ("Mountain time", "MST", "MDT"),
        ["America/Chicago"] = ("Central time", "CST", "CDT"),
        ["America/New_York"] = ("Eastern time", "EST", "EDT"),
        ["America/Tijuana"] = ("Pacific time", "PST", "PDT"),
        ["America/Hermosillo"] = ("Mexican Pacific time", "MST", "MST"),
        ["America/Mazatlan"] = ("Mexican Pacific time", "MST", "MST"),
        ["America/Chihuahua"] = ("Central Mexico time", "CST", "CST"),
        ["America/Mexico_City"] = ("Central Mexico time", "CST", "CST"),
        ["America/Monterrey"] = ("Central Mexico time", "CST", "CST"),
        ["America/Merida"] = ("Central Mexico time", "CST", "CST"),
        ["America/Cancun"] = ("Southeast Mexico time", "EST", "EST"),
    };

    public static string Format(IStringLocalizer S, DateTimeOffset at, string timeZone)
    {
        var culture = CultureInfo.CurrentUICulture;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return S["{0} at {1} {2}", local.ToString("D", culture), local.ToString("t", culture), ZoneName(S, zone, local)].Value;
    }

    /// <summary>The English key of the zone's name ("Eastern time"), or its IANA id for a zone Border does not name.</summary>
    public static string ZoneKey(TimeZoneInfo zone) => Known.TryGetValue(zone.Id, out var names) ? names.Name : zone.Id;

    /// <summary>The English key of the zone's name and its abbreviation at that moment; null for a zone Border does not name.</summary>
    public static (string Name, string Abbreviation)? Names(TimeZoneInfo zone, DateTimeOffset at) =>
        Known.TryGetValue(zone.Id, out var names) ? (names.Name, zone.IsDaylightSavingTime(at) ? names.Daylight : names.Standard) : null;

    /// <summary>"Eastern time (EDT)" in the reader's language, for the moment given.</summary>
    public static string ZoneName(IStringLocalizer S, TimeZoneInfo zone, DateTimeOffset at) =>
        Names(zone, at) is { } known
            ? $"{S[known.Name].Value} ({known.Abbreviation})"
            : $"{zone.Id} (UTC{TimeZoneInfo.ConvertTime(at, zone).ToString("zzz", CultureInfo.InvariantCulture)})";
}
