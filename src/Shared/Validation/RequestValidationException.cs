namespace Border.Shared.Validation;

public sealed class RequestValidationException(IReadOnlyList<ValidationFailure> failures)
    : Exception(string.Join("; ", failures.Select(f => $"{f.Field}: {f.Message}")))
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;
}
