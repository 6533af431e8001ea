using System.Security.Claims;
using Border.Accounts.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Identity;

/// <summary>Ties the sign-in cookie to a row in accounts.sessions: a cookie whose row is gone is refused.</summary>
internal static class ServerSessions
{
    public static void Attach(CookieAuthenticationOptions cookie)
    {
        var stampCheck = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = SigningInAsync;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (!await IsLiveAsync(context.HttpContext, context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            if (StampCheckIsDue(context))
            {
                await stampCheck(context);
            }
        };
    }

    /// <summary>
    /// Identity's own test (SecurityStampValidator.ValidateAsync checks the same), asked before Identity's validator is
    /// resolved: resolving it builds a SignInManager and a UserManager on every request only to find that the interval
    /// has not passed, and the UserManager's metrics take a process-wide lock that every request then queued on.
    /// </summary>
    private static bool StampCheckIsDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }

    /// <summary>The session the person's cookie names, when it is theirs.</summary>
    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(AccountClaims.Session)?.Value, out var id) ? id : null;

    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || UserOf(context.Principal) is not { } userId)
        {
            return;
        }

        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        // A fresh cookie for the same person (a password change refreshes it) keeps the session it had.
        var current = UserOf(context.HttpContext.User) == userId ? SessionOf(context.HttpContext.User) : null;
        var session = current is { } kept && await store.IsLiveAsync(kept, userId)
            ? kept
            : await store.StartAsync(userId, context.HttpContext.Request.Headers.UserAgent.ToString());
        foreach (var old in identity.FindAll(AccountClaims.Session).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(AccountClaims.Session, session.ToString()));
    }

    private static async Task<bool> IsLiveAsync(Microsoft.AspNetCore.Http.HttpContext http, ClaimsPrincipal? principal) =>
        UserOf(principal) is { } userId
        && SessionOf(principal) is { } session
        && await http.RequestServices.GetRequiredService<SessionStore>().IsLiveAsync(session, userId);

    private static Guid? UserOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
