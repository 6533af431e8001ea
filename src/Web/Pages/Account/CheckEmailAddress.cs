using Microsoft.AspNetCore.DataProtection;

namespace Border.Web.Pages.Account;

/// <summary>
/// Carries the address just registered to the "check your email" page inside its link, sealed, so the address
/// is never in a URL in the clear and a stranger cannot make the page send links to an address of their choosing.
/// </summary>
public sealed class CheckEmailAddress(IDataProtectionProvider protection)
{
    /// <summary>A day: long enough to come back from the mail app, short enough that an old link says nothing.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Border.Web.CheckEmail").ToTimeLimitedDataProtector();

    public string Seal(string email) => protector.Protect(email.Trim(), Lifetime);

    public string? Open(string? sealedAddress)
    {
        if (string.IsNullOrEmpty(sealedAddress))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(sealedAddress);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
