using System.Net.Mail;
using Border.Accounts.Contracts;
using Border.Shared.Localization;
using Border.Shared.Validation;

namespace Border.Accounts.Features.Invitations.InviteStaff;

internal sealed class InviteStaffValidator : IRequestValidator<Contracts.InviteStaff>
{
    public IEnumerable<ValidationFailure> Validate(Contracts.InviteStaff request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter their email address.");
        }
        else if (!MailAddress.TryCreate(request.Email.Trim(), out var address) || address.Address != request.Email.Trim())
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter an email address in the correct format, like name@example.com.");
        }

        if (!Roles.Staff.Contains(request.Role ?? string.Empty))
        {
            yield return new ValidationFailure(nameof(request.Role), "Choose their role.");
        }

        if (!Cultures.Supported.Contains(request.Culture ?? string.Empty))
        {
            yield return new ValidationFailure(nameof(request.Culture), "Choose the language of their emails.");
        }
    }
}
