using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Border.Architecture.Tests.Localization;

/// <summary>A literal English key and where it is used.</summary>
internal sealed record KeyUse(string Key, string File, int Line);

/// <summary>
/// Finds literal keys handed to the localizer in C# and Razor source: S["..."], text["..."], Text["..."],
/// S.Plural("...", count), ErrorMessage = "...", [Display(Name = "...")] and the message of new ValidationFailure(field, "...").
/// A refusal made by a helper whose first argument is its message counts: Refusal.Of("..."), Refused("..."), Refuse("...").
/// Inside an indexer, the results of a choice count too: S[ok ? "a" : "b"] and S[x switch { 1 => "a", _ => "b" }].
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
            .Concat(RefusalMessage().Matches(source))
            .Concat(ValidationFailureMessages(source))
            .Concat(ChosenInsideIndexer(source));
        return literals
            .OrderBy(m => m.Index)
            .Select(m => new KeyUse(Value(m), file, LineOf(source, m.Index)));
    }

    [GeneratedRegex(@"\b(?:S|text|Text)\[\s*" + Literal)]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\b(?:Refusal\.Of|Refused|Refuse)\(\s*" + Literal + @"\s*[,)]")]
    private static partial Regex RefusalMessage();

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

    [GeneratedRegex(@"\b(?:S|text|Text)\[")]
    private static partial Regex IndexerStart();

    /// <summary>
    /// Literals an indexer's key expression can evaluate to: after "?", ":" or "=>". A literal compared against
    /// (x == "a"), matched on ("a" =>) or formatted in (S["{0}", x ?? "-"]) is not a key, and is not taken.
    /// </summary>
    private static IEnumerable<Match> ChosenInsideIndexer(string source)
    {
        foreach (Match start in IndexerStart().Matches(source))
        {
            var depth = 0;
            for (var i = start.Index + start.Length; i < source.Length; i++)
            {
                var c = source[i];
                if (c == '"')
                {
                    var literal = LiteralHere().Match(source, i);
                    if (literal.Success && ResultPosition(source, i))
                    {
                        yield return literal;
                    }

                    i = literal.Success ? literal.Index + literal.Length - 1 : SkipString(source, i);
                    continue;
                }

                if (c is '[' or '(' or '{')
                {
                    depth++;
                }
                else if ((c is ']' or ')' or '}' && depth-- == 0) || (c is ';' or ',' && depth == 0))
                {
                    break;
                }
            }
        }
    }

    private static bool ResultPosition(string source, int quote)
    {
        var i = quote - 1;
        while (i >= 0 && char.IsWhiteSpace(source[i]))
        {
            i--;
        }

        return i >= 0 && (source[i] is '?' or ':' || (source[i] == '>' && i > 0 && source[i - 1] == '='));
    }

    private static int SkipString(string source, int quote)
    {
        for (var i = quote + 1; i < source.Length; i++)
        {
            if (source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == '"')
            {
                return i;
            }
        }

        return source.Length;
    }

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
