using System.Text.RegularExpressions;
using Border.Accounts.Contracts.Places;
using Border.Shared.Validation;

namespace Border.Accounts.Rules;

/// <summary>Checks shared by the profile pages and the group pages.</summary>
internal static partial class Answers
{
    public const int NameLength = 200;

    public static ValidationFailure? Name(string field, string? answer, string missing)
    {
        var name = ProfileStore.Clean(answer);
        return name is null ? new ValidationFailure(field, missing)
            : name.Length > NameLength ? new ValidationFailure(field, "Names must be 200 characters or fewer.")
            : null;
    }

    public static ValidationFailure? Country(string field, string? code, string missing) =>
        string.IsNullOrWhiteSpace(code) ? new ValidationFailure(field, missing)
        : Countries.All.Has(code.Trim()) ? null
        : new ValidationFailure(field, "Choose a country from the list.");

    public static ValidationFailure? BirthDate(string field, DateProblem problem, DateOnly date, DateOnly today, string missing) => problem switch
    {
        DateProblem.Missing => new ValidationFailure(field, missing),
        DateProblem.Incomplete => new ValidationFailure(field, "A date of birth must have a day, a month and a year."),
        DateProblem.NotReal => new ValidationFailure(field, "Enter a real date of birth, like 27 3 1990."),
        _ when date > today => new ValidationFailure(field, "A date of birth must be in the past."),
        _ when date < EarliestBirth => new ValidationFailure(field, "A date of birth must be in 1900 or later."),
        _ => null,
    };

    /// <summary>Nobody travelling was born before this; an earlier year is a slip of the keyboard.</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>Passports run 10 years and some national cards 15; a later expiry date is a typing mistake.</summary>
    public const int LongestValidityYears = 20;

    public static bool IsPhone(string phone) => PhonePattern().IsMatch(phone) && phone.Count(char.IsAsciiDigit) is >= 7 and <= 15;

    public static bool IsZip(string zip) => ZipPattern().IsMatch(zip);

    public static bool IsDocumentNumber(string number) => DocumentNumberPattern().IsMatch(number);

    [GeneratedRegex(@"^\+?[0-9 ()\-.]{7,25}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 \-]{2,39}$")]
    private static partial Regex DocumentNumberPattern();
}
