using Border.Shared.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Border.Accounts.Identity;

/// <summary>Identity's error messages in the person's language; English text is the key.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Strings> S) : IdentityErrorDescriber
{
    public string CommonPassword() => S["This password is too common. Choose one that is harder to guess."];

    public string DemoPassword() => S["This is the published password of the demo accounts. Choose one of your own."];

    public string SiteNamePassword() => S["A password made of this site's name is easy to guess. Choose one that is harder to guess."];

    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = S["Use a password of at least {0} characters.", length],
    };

    public override IdentityError DuplicateEmail(string email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = S["This email address cannot be used."],
    };

    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);

    public override IdentityError InvalidEmail(string? email) => new()
    {
        Code = nameof(InvalidEmail),
        Description = S["Enter an email address in the correct format, like name@example.com."],
    };

    public override IdentityError InvalidUserName(string? userName) => InvalidEmail(userName);

    public override IdentityError DefaultError() => new()
    {
        Code = nameof(DefaultError),
        Description = S["Something went wrong. Please try again."],
    };
}
