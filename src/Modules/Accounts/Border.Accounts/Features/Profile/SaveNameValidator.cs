using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveNameValidator : IRequestValidator<SaveName>
{
    public IEnumerable<ValidationFailure> Validate(SaveName request)
    {
        if (Answers.Name(nameof(request.FullName), request.FullName, "Enter your full name as it is written on your identity document.") is { } name)
        {
            yield return name;
        }

        if (request.OtherNames?.Trim().Length > Answers.NameLength)
        {
            yield return new ValidationFailure(nameof(request.OtherNames), "Names must be 200 characters or fewer.");
        }
    }
}
