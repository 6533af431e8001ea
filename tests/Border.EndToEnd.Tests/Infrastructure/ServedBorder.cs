using System.Globalization;
using Border.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Border as BorderWebApp builds it, with static assets served the way a published build serves them, and
/// its email going to a real SMTP server on loopback through the real background jobs.
/// </summary>
/// <param name="clock">The site's clock when a test needs another time of day than now; the real one otherwise.</param>
internal sealed class ServedBorder(int smtpPort, Uri siteAddress, TimeProvider? clock = null) : BorderWebApp
{
    // Run from a build (not a publish), MapStaticAssets swaps every asset's Cache-Control for "no-cache" so that
    // edits to wwwroot show at once. Turning that off serves the headers the build manifest records.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("ReloadStaticAssetsAtRuntime", "false"),
        new("Email:Smtp:Host", "127.0.0.1"),
        new("Email:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture)),
        new("Email:SiteUrl", siteAddress.ToString().TrimEnd('/')),
    ];

    /// <summary>What the site logged as an error, so a failed step can say what went wrong on the server.</summary>
    public LogRecorder Errors { get; } = new(LogLevel.Error);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Errors));
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
