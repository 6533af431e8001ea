using Border.Shared.Validation;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Rules;

internal static class PasswordResults
{
    /// <summary>Identity's refusals of a new password, by the field the person typed it in.</summary>
    public static void ThrowIfRefused(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException([.. result.Errors.Select(e => new ValidationFailure(field, e.Description))]);
        }
    }
}
