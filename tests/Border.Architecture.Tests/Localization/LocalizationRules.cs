using System.Text.RegularExpressions;

namespace Border.Architecture.Tests.Localization;

/// <summary>DESIGN.md "Language": English text is the key; every key has Spanish.</summary>
internal static partial class LocalizationRules
{
    /// <summary>One line per key with no Spanish, with every place it is used.</summary>
    public static IReadOnlyList<string> MissingSpanish(IEnumerable<KeyUse> uses, IEnumerable<ResxEntry> spanish)
    {
        var translated = spanish
            .Where(e => !string.IsNullOrWhiteSpace(e.Value))
            .Select(e => e.Name)
            .ToHashSet(StringComparer.Ordinal);
        return
        [
            .. uses
                .Where(use => !translated.Contains(use.Key))
                .GroupBy(use => use.Key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"\"{g.Key}\" (used in {string.Join(", ", g.Select(u => $"{u.File}:{u.Line}").Distinct())})"),
        ];
    }

    /// <summary>Entries that would show nothing, and names given twice in one file.</summary>
    public static IReadOnlyList<string> EmptyOrRepeatedEntries(IEnumerable<ResxEntry> entries)
    {
        var list = entries.ToList();
        return
        [
            .. list
                .Where(e => string.IsNullOrWhiteSpace(e.Value))
                .Select(e => $"{e.File}: \"{e.Name}\" has an empty value"),
            .. list
                .GroupBy(e => (e.File, e.Name))
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key.File}: \"{g.Key.Name}\" appears {g.Count()} times"),
        ];
    }

    /// <summary>
    /// Entries no code can ask for. Keys reach the localizer in many shapes (S["…"], S[ok ? "a" : "b"], helpers and
    /// switch expressions handed a literal, catalogue texts, Display names, plural forms "one|other" whole), and every one
    /// of them starts as a literal, so the scan is deliberately blunt: an entry is used when its exact text appears
    /// quoted in some source (a C# string, escaped or verbatim, a one-line raw string, a Razor attribute, a JSON value). No key is
    /// composed from pieces (no S[$"…"] nor S["…" + x] in src), so there is no prefix convention to follow; one that
    /// is added must teach this rule its prefix.
    /// </summary>
    public static IReadOnlyList<string> UnusedEntries(IEnumerable<ResxEntry> entries, IEnumerable<string> sources)
    {
        // Names are case-insensitive to the localizer, so a literal that differs only by case uses the entry too.
        var all = string.Join("\n", sources);
        return
        [
            .. entries
                .Where(e => !Quoted(e.Name).Any(literal => all.Contains(literal, StringComparison.OrdinalIgnoreCase)))
                .Select(e => $"{e.File}: \"{e.Name}\" is not quoted anywhere in src"),
        ];
    }


    private static IEnumerable<string> Quoted(string key) =>
    [
        $"\"{key}\"",
        $"\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"",
        $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
    ];

    /// <summary>A translation that drops a {0} or a {port} loses the value; one that invents one throws or shows a gap.</summary>
    public static IReadOnlyList<string> PlaceholderMismatches(IEnumerable<ResxEntry> entries) =>
    [
        .. entries
            .Where(e => !string.IsNullOrWhiteSpace(e.Value) && Placeholders(e.Name) != Placeholders(e.Value!))
            .Select(e => $"{e.File}: \"{e.Name}\" has placeholders {Placeholders(e.Name)} but its value has {Placeholders(e.Value!)}"),
    ];

    private static string Placeholders(string text) =>
        "{" + string.Join(",", Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)) + "}";

    [GeneratedRegex(@"(?<!\{)\{(\d+|[A-Za-z]+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
