using System.Threading.RateLimiting;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Border.Web.Composition.Security;

internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string EmailLinks = "email-links";
    public const string Uploads = "uploads";

    public static IServiceCollection AddBorderRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var registerPerHour = configuration.GetValue("RateLimits:RegisterPerHour", 20);
        var emailLinksPerHour = configuration.GetValue("RateLimits:EmailLinksPerHour", 5);
        var uploadsPerHour = configuration.GetValue("RateLimits:UploadsPerHour", 60);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context => PerClient(context, signInPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Register, context => PerClient(context, registerPerHour, TimeSpan.FromHours(1)));
            // Each one sends an email: a form must not become a way to flood someone's inbox.
            options.AddPolicy(EmailLinks, context => PerClient(context, emailLinksPerHour, TimeSpan.FromHours(1)));
            // A family of eight with a document each, a selfie and a few retries fits easily.
            options.AddPolicy(Uploads, context => PerClient(context, uploadsPerHour, TimeSpan.FromHours(1)));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var text = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
                rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    text["Too many attempts. Wait a few minutes and try again."], cancellationToken);
            };
        });
        return services;
    }

    // Only POSTs count: looking at the form is free, trying passwords is not.
    private static RateLimitPartition<string> PerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("get");
}
