using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveNationalityValidator : IRequestValidator<SaveNationality>
{
    public IEnumerable<ValidationFailure> Validate(SaveNationality request)
    {
        ValidationFailure?[] failures =
        [
            Answers.Country(nameof(request.CountryOfBirth), request.CountryOfBirth, "Choose the country where you were born."),
            Answers.Country(nameof(request.Nationality), request.Nationality, "Choose your nationality."),
        ];
        return failures.OfType<ValidationFailure>();
    }
}
