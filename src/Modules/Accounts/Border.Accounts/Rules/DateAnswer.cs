using System.Globalization;
using Border.Accounts.Contracts.Profile;

namespace Border.Accounts.Rules;

internal enum DateProblem
{
    None,
    Missing,
    Incomplete,
    NotReal,
}

/// <summary>Reads a date typed in day, month and year boxes (GOV.UK date input).</summary>
internal static class DateAnswer
{
    public static DateProblem Read(DateParts parts, out DateOnly date)
    {
        date = default;
        // People type " 27" or "1990 " (phones add a space after a word): the number is still the number.
        parts = Trimmed(parts);
        string?[] boxes = [parts.Day, parts.Month, parts.Year];
        if (boxes.All(string.IsNullOrWhiteSpace))
        {
            return DateProblem.Missing;
        }

        if (boxes.Any(string.IsNullOrWhiteSpace))
        {
            return DateProblem.Incomplete;
        }

        if (!int.TryParse(parts.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || parts.Year!.Length != 4
            || year < 1
            || month is < 1 or > 12
            || day < 1
            || day > DateTime.DaysInMonth(year, month))
        {
            return DateProblem.NotReal;
        }

        date = new DateOnly(year, month, day);
        return DateProblem.None;
    }

    public static DateOnly Parse(DateParts parts) =>
        Read(parts, out var date) == DateProblem.None ? date : throw new ArgumentException("The date was not validated.", nameof(parts));

    public static DateParts Trimmed(DateParts parts) => new(parts.Day?.Trim(), parts.Month?.Trim(), parts.Year?.Trim());
}
