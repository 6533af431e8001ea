using System.Globalization;
using System.Text;
using Border.Cases.Contracts;
using Border.Shared.Validation;

namespace Border.Cases.Features.WatchList;

/// <summary>
/// Reads a watch-list CSV (RFC 4180 quoting, one record a line): the column names first, then full name, date of birth
/// (YYYY-MM-DD or empty) and reason. Every line is checked and every fault is reported with its line number, so the
/// supervisor fixes the file once; nothing is kept unless the whole file is right.
/// </summary>
internal static class WatchListCsv
{
    public const string Header = "full_name,birth_date,reason";

    private const int MostFaults = 20;

    public sealed record Row(int Line, string FullName, DateOnly? BirthDate, string Reason);

    public static (IReadOnlyList<Row> Rows, IReadOnlyList<ValidationFailure> Faults) Read(byte[] content, DateOnly today)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], [Fault("The file is not plain text saved as UTF-8. Save it again as CSV UTF-8.")]);
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0 || !string.Equals(string.Join(',', Split(lines[0]) ?? []).Replace(" ", "", StringComparison.Ordinal), Header, StringComparison.OrdinalIgnoreCase))
        {
            return ([], [Fault("The first line must name the columns: {0}", Header)]);
        }

        if (lines.Count == 1)
        {
            return ([], [Fault("The file has no names after its first line.")]);
        }

        if (lines.Count - 1 > ImportWatchList.MostRows)
        {
            return ([], [Fault("The file has more than {0} names. Split it into smaller files.", ImportWatchList.MostRows)]);
        }

        var rows = new List<Row>();
        var faults = new List<ValidationFailure>();
        for (var i = 1; i < lines.Count && faults.Count < MostFaults; i++)
        {
            var line = i + 1;
            if (lines[i].Trim().Length == 0)
            {
                faults.Add(Fault("Line {0} is empty. Remove it or fill it in.", line));
                continue;
            }

            var fields = Split(lines[i]);
            if (fields is null)
            {
                faults.Add(Fault("Line {0}: a quotation mark is not closed.", line));
                continue;
            }

            if (fields.Count != 3)
            {
                faults.Add(Fault("Line {0}: expected 3 values separated by commas, found {1}.", line, fields.Count));
                continue;
            }

            var (name, birth, reason) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
            var before = faults.Count;
            if (name.Length is 0 or > AddWatchListEntry.NameMaxLength)
            {
                faults.Add(Fault("Line {0}: enter the full name, at most {1} characters.", line, AddWatchListEntry.NameMaxLength));
            }

            DateOnly? birthDate = null;
            if (birth.Length > 0)
            {
                if (!DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    faults.Add(Fault("Line {0}: write the date of birth as YYYY-MM-DD (for example 1990-03-27), or leave it empty.", line));
                }
                else if (day > today)
                {
                    faults.Add(Fault("Line {0}: the date of birth is in the future.", line));
                }
                else
                {
                    birthDate = day;
                }
            }

            if (reason.Length is 0 or > AddWatchListEntry.ReasonMaxLength)
            {
                faults.Add(Fault("Line {0}: say why the person is on the list, at most {1} characters.", line, AddWatchListEntry.ReasonMaxLength));
            }

            if (faults.Count == before)
            {
                rows.Add(new Row(line, name, birthDate, reason));
            }
        }

        return (rows, faults);
    }

    private static ValidationFailure Fault(string message, params object[] arguments) => new(nameof(ImportWatchList.File), message, arguments);

    /// <summary>The line's values, or null when a quoted value is not closed.</summary>
    private static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    value.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }

        fields.Add(value.ToString());
        return quoted ? null : fields;
    }
}
