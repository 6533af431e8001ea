using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Border.Architecture.Tests.Localization;

/// <summary>A literal English key and where it is used.</summary>
internal sealed record KeyUse(string Key, string File, int Line);

/// <summary>
/// Finds literal keys handed to the localizer in C# and Razor source: S["..."], text["..."], Text["..."],
/// S.Plural("...", count), ErrorMessage = "...", [Display(Name = "...")] and the message of new ValidationFailure(field, "...").
/// </summary>
internal static partial class LocalizerKeyScanner
{
    private const string Literal = """(?:@"(?<verbatim>(?:[^"]|"")*)"|"(?<regular>(?:[^"\\\r\n]|\\.)*)")""";

    public static IEnumerable<KeyUse> Scan(string source, string file)
    {
        var literals = Indexer().Matches(source)
            .Concat(ErrorMessage().Matches(source))
            .Concat(DisplayName().Matches(source))
            .Concat(PluralForms().Matches(source))
            .Concat(ValidationFailureMessages(source));
        return literals
            .OrderBy(m => m.Index)
            .Select(m => new KeyUse(Value(m), file, LineOf(source, m.Index)));
    }

    [GeneratedRegex(@"\b(?:S|text|Text)\[\s*" + Literal)]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\.Plural\(\s*" + Literal)]
    private static partial Regex PluralForms();

    [GeneratedRegex(@"\bErrorMessage\s*=\s*" + Literal)]
    private static partial Regex ErrorMessage();

    [GeneratedRegex(@"\bDisplay\s*\([^)]*?\bName\s*=\s*" + Literal)]
    private static partial Regex DisplayName();

    [GeneratedRegex(@"\bnew\s+ValidationFailure\s*\(")]
    private static partial Regex ValidationFailureStart();

    [GeneratedRegex(@"\G\s*" + Literal)]
    private static partial Regex LiteralHere();

    private static IEnumerable<Match> ValidationFailureMessages(string source)
    {
        foreach (Match start in ValidationFailureStart().Matches(source))
        {
            var comma = ArgumentSeparator.After(source, start.Index + start.Length);
            var literal = comma < 0 ? Match.Empty : LiteralHere().Match(source, comma + 1);
            if (literal.Success)
            {
                yield return literal;
            }
        }
    }

    private static string Value(Match literal) =>
        literal.Groups["verbatim"].Success
            ? literal.Groups["verbatim"].Value.Replace("\"\"", "\"", StringComparison.Ordinal)
            : Unescape(literal.Groups["regular"].Value);

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var escaped = text[++i];
            switch (escaped)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case '0': result.Append('\0'); break;
                case 'u' when i + 4 < text.Length:
                    result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(escaped); break;
            }
        }

        return result.ToString();
    }
}
