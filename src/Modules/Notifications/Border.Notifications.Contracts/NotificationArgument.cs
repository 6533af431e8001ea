namespace Border.Notifications.Contracts;

/// <summary>
/// A value for one placeholder of a template. Text is shown as given (a port's name, a reference
/// number); a phrase is English text translated for the reader; a moment is shown in the given IANA
/// time zone with the zone named; a day is a calendar date; a page is a path on the site, shown as a full
/// address.
/// </summary>
public sealed record NotificationArgument
{
    public string? Text { get; init; }

    public string? Phrase { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? TimeZone { get; init; }

    public DateOnly? Day { get; init; }

    /// <summary>A path on the site, shown as a full address ("https://…/account/confirm-email?…").</summary>
    public string? Page { get; init; }

    public static NotificationArgument Of(string text) => new() { Text = text };

    public static NotificationArgument Of(int number) => new() { Text = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>English text from Border's resource, shown in the reader's language.</summary>
    public static NotificationArgument Translated(string englishPhrase) => new() { Phrase = englishPhrase };

    public static NotificationArgument Moment(DateTimeOffset at, string timeZone) => new() { At = at, TimeZone = timeZone };

    public static NotificationArgument Date(DateOnly day) => new() { Day = day };

    public static NotificationArgument PageOnSite(string path) => new() { Page = path };
}
