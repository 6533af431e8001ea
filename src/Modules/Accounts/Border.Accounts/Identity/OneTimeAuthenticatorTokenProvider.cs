using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Border.Accounts.Data;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Identity;

/// <summary>
/// Authenticator codes that work once (ASVS 2.8.4): a code is accepted only for a time step later than the
/// last one this person used, so a code seen over someone's shoulder or replayed from a log is refused.
/// Like Identity's own provider it allows two steps of clock drift either way.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<BorderUser>
{
    public const string ProviderName = "BorderAuthenticator";
    private const string TokenStore = "Border";
    private const string LastStepToken = "AuthenticatorLastStep";
    private const int Drift = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<BorderUser> manager, BorderUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepToken), CultureInfo.InvariantCulture, out var last)
            ? last
            : long.MinValue;
        var secret = TotpCode.KeyFromBase32(key);
        var now = TotpCode.StepAt(clock.GetUtcNow());
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (step > lastUsed && FixedTimeEquals(TotpCode.ForStep(secret, step), token))
            {
                // Saved under the user's concurrency stamp: of two requests racing with one code, one fails here.
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    private static bool FixedTimeEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
