using Border.Accounts.Contracts.Profile;
using Border.Accounts.Rules;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Documents;

internal sealed class SaveIdentityDocumentValidator(TimeProvider clock) : IRequestValidator<SaveIdentityDocument>
{
    public IEnumerable<ValidationFailure> Validate(SaveIdentityDocument request)
    {
        if (request.Type is null || !DocumentTypes.All.Contains(request.Type))
        {
            yield return new ValidationFailure(nameof(request.Type), "Choose the type of document.");
        }

        var number = ProfileStore.Clean(request.Number);
        if (number is null)
        {
            yield return new ValidationFailure(nameof(request.Number), "Enter the document number.");
        }
        else if (!Answers.IsDocumentNumber(number))
        {
            yield return new ValidationFailure(nameof(request.Number), "Enter the document number as it is written: 3 to 40 letters, digits, spaces or hyphens.");
        }

        if (Answers.Country(nameof(request.IssuingCountry), request.IssuingCountry, "Choose the country that issued the document.") is { } country)
        {
            yield return country;
        }

        if (Expiry(request, clock) is { } expiry)
        {
            yield return expiry;
        }
    }

    private static ValidationFailure? Expiry(SaveIdentityDocument request, TimeProvider clock)
    {
        const string field = nameof(request.ExpiresOn);
        var problem = DateAnswer.Read(request.ExpiresOn, out var expires);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return problem switch
        {
            // A birth certificate has no expiry date.
            DateProblem.Missing when request.Type == DocumentTypes.BirthCertificate => null,
            DateProblem.Missing => new ValidationFailure(field, "Enter the expiry date written on the document."),
            DateProblem.Incomplete => new ValidationFailure(field, "An expiry date must have a day, a month and a year."),
            DateProblem.NotReal => new ValidationFailure(field, "Enter a real expiry date, like 27 3 2030."),
            _ when expires < today => new ValidationFailure(field, "This document has expired. Use a document that is still valid."),
            _ when expires > today.AddYears(Answers.LongestValidityYears) => new ValidationFailure(
                field, "Check the expiry date: a document is not valid for more than {0} years.", Answers.LongestValidityYears),
            _ => null,
        };
    }
}
