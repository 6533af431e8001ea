using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveContactValidator : IRequestValidator<SaveContact>
{
    public IEnumerable<ValidationFailure> Validate(SaveContact request)
    {
        if (ProfileStore.Clean(request.Phone) is { } phone && !Answers.IsPhone(phone))
        {
            yield return new ValidationFailure(nameof(request.Phone), "Enter a phone number with its country code, like +52 664 123 4567, or leave it empty.");
        }
    }
}
