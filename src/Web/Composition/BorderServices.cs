using Border.Accounts;
using Border.Cases;
using Border.Messaging;
using Border.Notifications;
using Border.Scheduling;
using Border.Shared;
using Border.Shared.Jobs;
using Border.Shared.Settings;
using Microsoft.AspNetCore.ResponseCompression;

namespace Border.Web.Composition;

internal static class BorderServices
{
    public static WebApplicationBuilder AddBorder(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddBorderSettings(configuration);
        services.AddBorderPlatform(configuration);
        services.AddAccounts(configuration);
        services.AddCases(configuration);
        services.AddScheduling(configuration);
        services.AddMessaging(configuration);
        services.AddNotifications(configuration);
        services.AddBorderJobs(configuration);

        services.AddBorderLocalization(configuration);
        services.AddBorderAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, Throughput.RememberedPageLinks>();
        services.AddBorderRateLimits(configuration);
        services.AddTrustedProxies(configuration);
        services.AddBorderHealthChecks();
        services.AddSingleton<Layout.HeaderCountReader>();
        services.AddSingleton<Border.Shared.Snapshots.PersonChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<Border.Shared.Snapshots.PersonChangeListener>());
        services.AddSingleton<Pages.Account.CheckEmailAddress>();
        services.AddExceptionHandler<Errors.DatabaseOutage>();
        services.AddBorderAntiforgery(configuration);
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // No "Server: Kestrel": nothing to tell a scanner which server and version to try.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }
}
