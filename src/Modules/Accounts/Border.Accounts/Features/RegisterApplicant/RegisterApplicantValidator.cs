using System.Net.Mail;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Validation;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.RegisterApplicant;

/// <summary>
/// Every problem with the form at once, the password's own rules (length, common passwords) included, so a person
/// fixes them all in one go instead of meeting the password rules only after the address is right.
/// </summary>
internal sealed class RegisterApplicantValidator(UserManager<BorderUser> users) : IRequestValidator<Contracts.RegisterApplicant>
{
    public IEnumerable<ValidationFailure> Validate(Contracts.RegisterApplicant request)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter your email address.");
        }
        else if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            yield return new ValidationFailure(nameof(request.Email), "Enter an email address in the correct format, like name@example.com.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Enter a password.");
        }
        else
        {
            foreach (var problem in PasswordProblems(email, request.Password))
            {
                yield return new ValidationFailure(nameof(request.Password), problem);
            }
        }

        if (!request.AcceptedTerms)
        {
            yield return new ValidationFailure(nameof(request.AcceptedTerms), "Accept the terms of use to create an account.");
        }
    }

    /// <remarks>Border's password validators decide at once (their tasks are complete when returned), so waiting here blocks nothing.</remarks>
    private IEnumerable<string> PasswordProblems(string email, string password)
    {
        var candidate = new BorderUser { UserName = email, Email = email };
        return users.PasswordValidators
            .SelectMany(validator => validator.ValidateAsync(users, candidate, password).GetAwaiter().GetResult().Errors)
            .Select(error => error.Description)
            .Distinct();
    }
}
