using System.Globalization;
using System.Text;
using Border.Shared.Audit.Reading;
using Microsoft.Extensions.Localization;

namespace Border.Web.Areas.Admin.Pages.Audit;

/// <summary>The log as a CSV download: RFC 4180 cells, safe to open in a spreadsheet, written a batch at a time.</summary>
internal static class AuditCsv
{
    public const string FileName = "border-audit-log.csv";

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

    /// <summary>Writes the header, then each batch as the page names its people, flushing after each.</summary>
    public static async Task WriteAsync(
        Stream body, IAsyncEnumerable<IReadOnlyList<LoggedAction>> batches, Func<IReadOnlyList<LoggedAction>, Task<IReadOnlyList<AuditRow>>> name,
        IStringLocalizer S, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false));
        await writer.WriteAsync(Line(Header));
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            foreach (var row in await name(batch))
            {
                await writer.WriteAsync(Line(Cells(row, S)));
            }

            await writer.FlushAsync(cancellationToken);
        }
    }

    private static string?[] Cells(AuditRow row, IStringLocalizer S)
    {
        var entry = row.Logged.Entry;
        return
        [
            entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            row.Logged.Module,
            entry.Action,
            AuditActionNames.Describe(entry.Action, S),
            entry.ActorId.ToString(),
            row.Actor,
            entry.SubjectId?.ToString(),
            row.Subject,
            entry.Before,
            entry.After,
        ];
    }
}
