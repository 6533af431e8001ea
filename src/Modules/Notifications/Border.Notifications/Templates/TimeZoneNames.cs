namespace Border.Notifications.Templates;

/// <summary>
/// Names for the zones Border's ports are in, as English keys, with their abbreviations. The system's
/// own zone names depend on the machine's language, not the reader's, so Border names them itself.
/// </summary>
internal static class TimeZoneNames
{
    private static readonly Dictionary<string, (string Name, string Standard, string Daylight)> Known = new(StringComparer.Ordinal)
    {
        ["America/Los_Angeles"] = ("Pacific time", "PST", "PDT"),
        ["America/Phoenix"] = ("Arizona time", "MST", "MST"),
        ["America/Denver"] = ("Mountain time", "MST", "MDT"),
        ["America/Chicago"] = ("Central time", "CST", "CDT"),
        ["America/New_York"] = ("Eastern time", "EST", "EDT"),
    };

    public static IEnumerable<string> Keys => Known.Values.Select(v => v.Name);

    /// <returns>The English key of the zone's name and its abbreviation at that moment; null for a zone Border does not name.</returns>
    public static (string Name, string Abbreviation)? For(TimeZoneInfo zone, DateTimeOffset at) =>
        Known.TryGetValue(zone.Id, out var names)
            ? (names.Name, zone.IsDaylightSavingTime(at) ? names.Daylight : names.Standard)
            : null;
}
