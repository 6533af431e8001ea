using Border.Accounts.Contracts.Places;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveCurrentLocationValidator : IRequestValidator<SaveCurrentLocation>
{
    public IEnumerable<ValidationFailure> Validate(SaveCurrentLocation request)
    {
        var city = ProfileStore.Clean(request.City);
        if (city is null)
        {
            yield return new ValidationFailure(nameof(request.City), "Enter the city or town where you are now.");
        }
        else if (city.Length > 100)
        {
            yield return new ValidationFailure(nameof(request.City), "The city must be 100 characters or fewer.");
        }

        if (!MexicanStates.All.Has(request.State?.Trim()))
        {
            yield return new ValidationFailure(nameof(request.State), "Choose the Mexican state where you are now.");
        }
    }
}
