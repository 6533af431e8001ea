using Border.Shared.Validation;

namespace Border.Messaging.Rules;

internal static class Refusal
{
    public static RequestValidationException Of(string field, string message, params object[] arguments) =>
        new([new ValidationFailure(field, message, arguments)]);
}
