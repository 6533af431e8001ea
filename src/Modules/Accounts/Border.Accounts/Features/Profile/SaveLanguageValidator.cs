using Border.Accounts.Contracts.Profile;
using Border.Shared.Localization;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveLanguageValidator : IRequestValidator<SaveLanguage>
{
    public IEnumerable<ValidationFailure> Validate(SaveLanguage request)
    {
        if (request.Culture is null || !Cultures.Supported.Contains(request.Culture))
        {
            yield return new ValidationFailure(nameof(request.Culture), "Choose English or Spanish.");
        }
    }
}
