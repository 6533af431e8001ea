using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Border.Web.Composition.Security;

/// <summary>
/// Each limited form counts POSTs per account or email address first (RateLimitKeys finds it), and then per
/// client address with a ceiling far higher (RateLimits:AddressFactor times, 50 unless set): a shelter's Wi-Fi
/// or a mobile network puts hundreds of people behind one address, and one of them must not lock the others out.
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string EmailLinks = "email-links";
    public const string Uploads = "uploads";
    public const string CaseStatus = "case-status";

    /// <summary>Where the rejection leaves when to try again, for the 429 page.</summary>
    public const string RetryAfterItem = "border-retry-after";

    public static IServiceCollection AddBorderRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var factor = Math.Max(30, configuration.GetValue("RateLimits:AddressFactor", 50));
        var limits = new Dictionary<string, (int Permits, TimeSpan Window)>
        {
            [SignIn] = (configuration.GetValue("RateLimits:SignInPerMinute", 10), TimeSpan.FromMinutes(1)),
            [Register] = (configuration.GetValue("RateLimits:RegisterPerHour", 20), TimeSpan.FromHours(1)),
            // Each one sends an email: a form must not become a way to flood someone's inbox.
            [EmailLinks] = (configuration.GetValue("RateLimits:EmailLinksPerHour", 5), TimeSpan.FromHours(1)),
            // A family of eight with a document each, a selfie and a few retries fits easily.
            [Uploads] = (configuration.GetValue("RateLimits:UploadsPerHour", 60), TimeSpan.FromHours(1)),
            // Per receipt number: guessing a birth date for one receipt stops long before it could succeed.
            [CaseStatus] = (configuration.GetValue("RateLimits:CaseStatusPerHour", 10), TimeSpan.FromHours(1)),
        };
        services.AddRateLimiter(options =>
        {
            // The pages name their policy; the counting happens in the global limiter, which can chain two keys.
            foreach (var name in limits.Keys)
            {
                options.AddPolicy(name, _ => RateLimitPartition.GetNoLimiter(string.Empty));
            }

            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, RateLimitKeys.Account(context), 1)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, RateLimitKeys.Address(context), factor)));
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                // The body is the status page (UseStatusCodePages), in the site's layout and the person's language.
                rejected.HttpContext.Items[RetryAfterItem] = TimeSpan.FromSeconds(seconds);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    // Only POSTs count: looking at the form is free, trying passwords is not.
    private static RateLimitPartition<string> Partition(
        HttpContext context, Dictionary<string, (int Permits, TimeSpan Window)> limits, string? key, int factor)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (!HttpMethods.IsPost(context.Request.Method) || key is null || policy is null || !limits.TryGetValue(policy, out var limit))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{policy}|{key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits * factor,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }
}
