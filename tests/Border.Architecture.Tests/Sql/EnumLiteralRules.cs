using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Sql;

/// <summary>
/// An enum member spelled out as a SQL literal (<c>status = 'Offered'</c>) breaks silently when the member is renamed.
/// In C# a quoted word of two letters or more can only sit inside a string, so any <c>'Member'</c> is such a literal.
/// </summary>
internal static partial class EnumLiteralRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files, IReadOnlySet<string> enumMembers) =>
    [
        .. files.SelectMany(file => file.Text.Split('\n').Select((line, index) => (file.Path, Line: index + 1, Text: line)))
            .SelectMany(line => QuotedWord().Matches(line.Text)
                .Select(m => m.Groups["word"].Value)
                .Where(enumMembers.Contains)
                .Select(word => $"{line.Path}:{line.Line} spells out '{word}'")),
    ];

    [GeneratedRegex(@"'(?<word>[A-Z][A-Za-z]+)'")]
    private static partial Regex QuotedWord();
}
