using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Border.Accounts.Identity;

/// <summary>
/// A new authenticator key on its way from "show me a key" to "here is the app's code", carried in the form rather
/// than stored: protected for this person only, and for an hour, so nobody can swap in a key of their own choosing.
/// </summary>
internal static class PendingAuthenticatorKey
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string Protect(IDataProtectionProvider protection, Guid userId, string key) =>
        Protector(protection, userId).Protect(key, Lifetime);

    /// <summary>The key, or null when the form's copy is not one made for this person within the hour.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, Guid userId, string pending)
    {
        try
        {
            return Protector(protection, userId).Unprotect(pending);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection, Guid userId) =>
        protection.CreateProtector("Border.Accounts.PendingAuthenticatorKey", userId.ToString()).ToTimeLimitedDataProtector();
}
