using Border.Accounts.Contracts.Places;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Profile;

internal sealed class SaveDestinationValidator : IRequestValidator<SaveDestination>
{
    public IEnumerable<ValidationFailure> Validate(SaveDestination request)
    {
        var street = ProfileStore.Clean(request.Street);
        if (street is null)
        {
            yield return new ValidationFailure(nameof(request.Street), "Enter the street address where you will stay in the United States.");
        }
        else if (street.Length > 200)
        {
            yield return new ValidationFailure(nameof(request.Street), "The street address must be 200 characters or fewer.");
        }

        if (request.Unit?.Trim().Length > 100)
        {
            yield return new ValidationFailure(nameof(request.Unit), "The apartment or unit must be 100 characters or fewer.");
        }

        var city = ProfileStore.Clean(request.City);
        if (city is null)
        {
            yield return new ValidationFailure(nameof(request.City), "Enter the city in the United States.");
        }
        else if (city.Length > 100)
        {
            yield return new ValidationFailure(nameof(request.City), "The city must be 100 characters or fewer.");
        }

        if (!UsStates.All.Has(request.State?.Trim()))
        {
            yield return new ValidationFailure(nameof(request.State), "Choose the U.S. state.");
        }

        var zip = ProfileStore.Clean(request.Zip);
        if (zip is null)
        {
            yield return new ValidationFailure(nameof(request.Zip), "Enter the ZIP code.");
        }
        else if (!Answers.IsZip(zip))
        {
            yield return new ValidationFailure(nameof(request.Zip), "Enter a ZIP code of 5 digits, like 78520.");
        }
    }
}
