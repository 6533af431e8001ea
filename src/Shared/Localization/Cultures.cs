using System.Globalization;

namespace Border.Shared.Localization;

public static class Cultures
{
    public const string English = "en";
    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> Supported = [English, Spanish];

    /// <summary>A supported culture name for any input; anything unknown falls back to English.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return English;
        }

        var neutral = name.Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(neutral) ? neutral : English;
    }

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == English;

    public static CultureInfo Info(string name) => CultureInfo.GetCultureInfo(Normalize(name));
}
