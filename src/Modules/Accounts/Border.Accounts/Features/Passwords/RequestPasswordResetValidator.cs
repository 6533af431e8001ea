using Border.Accounts.Contracts;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Passwords;

internal sealed class RequestPasswordResetValidator : IRequestValidator<RequestPasswordReset>
{
    public IEnumerable<ValidationFailure> Validate(RequestPasswordReset request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter your email address.");
        }
    }
}
