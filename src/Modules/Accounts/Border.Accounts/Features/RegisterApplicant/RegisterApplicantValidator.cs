using System.Net.Mail;
using Border.Accounts.Contracts;
using Border.Shared.Validation;

namespace Border.Accounts.Features.RegisterApplicant;

internal sealed class RegisterApplicantValidator : IRequestValidator<Contracts.RegisterApplicant>
{
    public IEnumerable<ValidationFailure> Validate(Contracts.RegisterApplicant request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter your email address.");
        }
        else if (!MailAddress.TryCreate(request.Email.Trim(), out var address) || address.Address != request.Email.Trim())
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter an email address in the correct format, like name@example.com.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Enter a password.");
        }

        if (!request.AcceptedTerms)
        {
            yield return new ValidationFailure(nameof(request.AcceptedTerms), "Accept the terms of use to create an account.");
        }
    }
}
