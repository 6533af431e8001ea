namespace Border.Shared.Validation;

/// <summary>Checks one kind of request before its handler runs. Messages are English text, the localization key.</summary>
public interface IRequestValidator<in TRequest>
{
    IEnumerable<ValidationFailure> Validate(TRequest request);
}
