using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Border.Web.Composition.Security;

/// <summary>
/// X-Forwarded-For and -Proto are believed only from the proxies and networks a deployment names
/// (ForwardedHeaders:KnownProxies, ForwardedHeaders:KnownNetworks). The framework's default trusts loopback,
/// which lets anyone on the host pick their own address; with nothing named, no forwarded header is believed.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            var section = configuration.GetSection(Section);
            foreach (var proxy in Values(section.GetSection("KnownProxies")))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in Values(section.GetSection("KnownNetworks")))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Each named proxy may add its own hop; the first unknown address is the client.
            options.ForwardLimit = Math.Max(1, options.KnownProxies.Count + options.KnownIPNetworks.Count);
        });

    // Either a list (KnownProxies:0, KnownProxies:1) or one comma-separated value, as an environment variable is easiest to write.
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? string.Empty))
        .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
