using System.Collections.Concurrent;
using Border.Accounts.Identity;

namespace Border.Testing;

/// <summary>
/// Authenticator codes as an app or `oathtool --totp -b SECRET` makes them. Border accepts each time step
/// once per person, so every call here hands out a step this test process has not used yet for that
/// secret, waiting for the clock when the few steps around now are spent.
/// </summary>
/// <remarks>
/// A site remembers the last step per person in its own database, so the account names the site too
/// (<c>site|email</c>): test classes on their own databases do not queue behind each other's sign-ins.
/// </remarks>
public static class Totp
{
    private static readonly ConcurrentDictionary<string, long> LastStep = new();
    private static readonly Lock Gate = new();

    /// <param name="account">Whose code, on which site: the demo staff share one secret, and each of them may use each step once a site.</param>
    public static async Task<string> CodeAsync(string base32Secret, string account = "")
    {
        var key = $"{account}|{base32Secret}";
        long step;
        while (true)
        {
            lock (Gate)
            {
                var now = TotpCode.StepAt(DateTimeOffset.UtcNow);
                step = Math.Max(now - 1, LastStep.GetValueOrDefault(key, long.MinValue) + 1);
                if (step <= now + 1)
                {
                    LastStep[key] = step;
                    break;
                }
            }

            // Waiting for this account's next step must hold up neither another account's sign-in nor a thread.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return TotpCode.ForStep(TotpCode.KeyFromBase32(base32Secret), step);
    }

    /// <summary>
    /// The code for the step at <paramref name="time"/>, for a site whose clock is not the real one. It keeps no
    /// record of steps used: each account may sign in once per step.
    /// </summary>
    public static string CodeAt(string base32Secret, DateTimeOffset time) =>
        TotpCode.ForStep(TotpCode.KeyFromBase32(base32Secret), TotpCode.StepAt(time));
}
