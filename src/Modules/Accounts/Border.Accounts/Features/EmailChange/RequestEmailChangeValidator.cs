using System.Net.Mail;
using Border.Accounts.Contracts;
using Border.Shared.Validation;

namespace Border.Accounts.Features.EmailChange;

internal sealed class RequestEmailChangeValidator : IRequestValidator<RequestEmailChange>
{
    public IEnumerable<ValidationFailure> Validate(RequestEmailChange request)
    {
        var email = request.NewEmail?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            yield return new ValidationFailure(nameof(request.NewEmail), "Enter your new email address.");
        }
        else if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            yield return new ValidationFailure(nameof(request.NewEmail), "Enter an email address in the correct format, like name@example.com.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Enter your password.");
        }
    }
}
