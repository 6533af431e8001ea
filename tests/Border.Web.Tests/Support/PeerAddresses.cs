using System.Net;
using Border.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Support;

/// <summary>
/// The site as a network peer sees it: the in-memory server has no socket, so each request names the address it
/// comes from in X-Test-Peer, set as the connection's remote address before anything else runs.
/// </summary>
public class PeerAddressWebApp(string environment = "Development") : BorderWebApp(environment)
{
    public const string Header = "X-Test-Peer";

    public HttpClient ClientFrom(string peer, string baseAddress = "https://localhost")
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(baseAddress),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(Header, peer);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFilter>());
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return following(context);
            });
            next(app);
        };
    }
}
