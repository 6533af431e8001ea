using Border.Shared.Validation;

namespace Border.Cases.Rules;

internal static class Refusal
{
    public static RequestValidationException Of(ValidationFailure failure) => new([failure]);
}
