using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Composition.Security;

/// <summary>
/// Finds whose attempt a limited POST is before the limiter counts it: the signed-in account, the account
/// half-way through two-step sign-in, or the email address (or account id) the form names. Reading the form
/// here is asynchronous and buffered, so model binding reads the same form afterwards.
/// </summary>
internal static class RateLimitKeys
{
    private const string AccountItem = "border-rate-limit-account";

    public static string? Account(HttpContext context) => context.Items[AccountItem] as string;

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IApplicationBuilder UseRateLimitKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            context.Items[AccountItem] = await FindAsync(context);
        }

        await next(context);
    });

    private static async Task<string?> FindAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } signedIn)
        {
            return "user:" + signedIn;
        }

        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (pending.Principal?.FindFirstValue(ClaimTypes.Name) is { } halfway)
        {
            return "user:" + halfway;
        }

        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var email = form.FirstOrDefault(f => f.Key.EndsWith("Email", StringComparison.OrdinalIgnoreCase)).Value.ToString();
        if (!string.IsNullOrWhiteSpace(email))
        {
            return "email:" + email.Trim().ToUpperInvariant();
        }

        if (form.TryGetValue("Receipt", out var receipt) && !string.IsNullOrWhiteSpace(receipt))
        {
            return "receipt:" + string.Concat(receipt.ToString().Where(char.IsLetterOrDigit)).ToUpperInvariant();
        }

        return form.TryGetValue("user", out var user) && !string.IsNullOrWhiteSpace(user) ? "user:" + user : null;
    }
}
