namespace Border.Shared.Validation;

public sealed class RequestValidationException(IReadOnlyList<ValidationFailure> failures, bool localized = false)
    : Exception(string.Join("; ", failures.Select(f => $"{f.Field}: {f.Message}")))
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;

    /// <summary>True once the messages are in the person's language.</summary>
    public bool Localized { get; } = localized;
}
