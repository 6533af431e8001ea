namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>RFC 4180 cells, safe to open in a spreadsheet.</summary>
internal static class AuditCsv
{
    public static readonly string[] Header =
        ["occurred_at_utc", "module", "action", "action_text", "actor_id", "actor", "subject_id", "subject", "before", "after"];

    /// <summary>
    /// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return in front of
    /// one) gets a leading apostrophe; a cell with a comma, quote or line break is quoted.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Cell)) + "\r\n";
}
