using Border.Shared.Validation;

namespace Border.Messaging.Rules;

internal static class Refusal
{
    public static RequestValidationException Of(ValidationFailure failure) => new([failure]);
}
