using System.Text.RegularExpressions;
using Xunit;

namespace Border.Testing;

/// <summary>Reads the outer SELECT list of a query's SQL (from EF's ToQueryString), to check a projection reads only what it needs.</summary>
public static partial class SqlShape
{
    /// <summary>Each selected expression, trimmed, with its table alias and quotes left as EF wrote them.</summary>
    public static IReadOnlyList<string> SelectList(string sql)
    {
        var select = sql.IndexOf("SELECT ", StringComparison.Ordinal);
        var from = sql.IndexOf("\nFROM ", StringComparison.Ordinal);
        Assert.True(select >= 0 && from > select, $"No SELECT ... FROM in:\n{sql}");
        return [.. TopLevelCommas().Split(sql[(select + 7)..from]).Select(c => c.Trim()).Where(c => c.Length > 0)];
    }

    /// <summary>The first column each selected expression reads: "p.title_english" in a CASE gives "title_english".</summary>
    public static IReadOnlyList<string> SelectedColumns(string sql) =>
        [.. SelectList(sql).Select(item => Column().Match(item).Groups[1].Value)];

    /// <summary>How many joins the query makes.</summary>
    public static int Joins(string sql) => Join().Count(sql);

    // A comma outside parentheses; the select lists here have no nested commas but CASE and function calls can.
    [GeneratedRegex(@",(?![^()]*\))")]
    private static partial Regex TopLevelCommas();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*\.""?([a-z_]+)""?")]
    private static partial Regex Column();

    [GeneratedRegex(@"\bJOIN\b")]
    private static partial Regex Join();
}
