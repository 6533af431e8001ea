using System.Globalization;
using Border.Shared.Validation;

namespace Border.Scheduling.Rules;

/// <summary>
/// Why an offer or appointment cannot take a step, shown by it on the page (the "Offer" field) in the reader's
/// language: the message is the English key.
/// </summary>
internal static class Refusal
{
    public const string Field = "Offer";

    public static RequestValidationException Of(string message, params object[] arguments) =>
        new([new ValidationFailure(Field, message, arguments)]);

    /// <summary>A date as the reader's language writes it in full.</summary>
    public static string Day(DateOnly date) => date.ToString("D", CultureInfo.CurrentUICulture);
}
