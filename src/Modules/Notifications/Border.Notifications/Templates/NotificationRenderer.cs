using System.Globalization;
using System.Text.RegularExpressions;
using Border.Notifications.Contracts;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;
using Border.Notifications.Email;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Notifications.Templates;

/// <summary>
/// Fills a template in one language. A placeholder without a usable value never shows as a gap or in the
/// other language: the template's fallback text goes out instead and the gap is logged.
/// </summary>
internal sealed partial class NotificationRenderer(
    IStringLocalizer<Strings> S, IOptions<EmailOptions> options, ILogger<NotificationRenderer> logger)
{
    public RenderedNotification Render(
        string kind, IReadOnlyDictionary<string, NotificationArgument>? arguments, string? link, CultureInfo culture)
    {
        using var _ = new UiCulture(culture);
        var template = NotificationTemplates.For(kind);
        var title = Translate(template.Title) ?? template.Title;
        var body = Fill(Translate(template.Body), arguments ?? new Dictionary<string, NotificationArgument>(), culture, out var gap);
        if (body is null)
        {
            Log.PlaceholderMissing(logger, kind, gap ?? "(no translation)", culture.Name);
            body = Translate(template.Fallback) ?? template.Fallback;
        }

        return new RenderedNotification(title, body, link ?? template.Link);
    }

    /// <summary>The text in the current language; null when a non-English reader would get English.</summary>
    private string? Translate(string english)
    {
        var translated = S[english];
        return translated.ResourceNotFound && !Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? null : translated.Value;
    }

    private string? Fill(string? pattern, IReadOnlyDictionary<string, NotificationArgument> arguments, CultureInfo culture, out string? gap)
    {
        gap = null;
        if (pattern is null)
        {
            return null;
        }

        string? missing = null;
        var filled = Placeholder().Replace(pattern, match =>
        {
            var name = match.Groups[1].Value;
            var value = arguments.TryGetValue(name, out var argument) ? Format(argument, culture) : null;
            if (value is null)
            {
                missing ??= name;
                return match.Value;
            }

            return value;
        });
        gap = missing;
        return missing is null ? filled : null;
    }

    private string? Format(NotificationArgument argument, CultureInfo culture)
    {
        if (!string.IsNullOrWhiteSpace(argument.Text))
        {
            return argument.Text;
        }

        if (argument.Page is { Length: > 1 } page && page[0] == '/' && page[1] != '/')
        {
            return options.Value.SiteUrl.TrimEnd('/') + page;
        }

        if (!string.IsNullOrWhiteSpace(argument.Phrase))
        {
            return Translate(argument.Phrase);
        }

        if (argument.Day is { } day)
        {
            return day.ToString("D", culture);
        }

        if (argument is { At: { } at, TimeZone: { } zoneId } && TryFindZone(zoneId, out var zone))
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var names = ZonedTimeText.Names(zone, local);
            var zoneText = names is { } known
                ? $"{Translate(known.Name) ?? known.Name} ({known.Abbreviation})"
                : $"{zone.Id} (UTC{local.ToString("zzz", CultureInfo.InvariantCulture)})";
            return S["{0} at {1} {2}", local.ToString("D", culture), local.ToString("t", culture), zoneText].Value;
        }

        return null;
    }

    private static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    internal static partial Regex Placeholder();

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Kind} lacks a value for {Placeholder} in {Culture}; sent its fallback text")]
        public static partial void PlaceholderMissing(ILogger logger, string kind, string placeholder, string culture);
    }
}
