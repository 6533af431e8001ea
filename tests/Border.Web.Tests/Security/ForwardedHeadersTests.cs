using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Border.Web.Tests.Security;

/// <summary>A TLS-terminating proxy named in configuration forwards HTTPS; nobody else can claim it.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Proxy = "10.0.0.5";

    private readonly ProxiedApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_request_forwarded_as_https_by_a_trusted_proxy_gets_strict_transport_security()
    {
        var client = app.ClientFrom(Proxy, "http://border.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.GetAsync("/");

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task A_forwarded_https_claim_from_an_unlisted_address_is_not_believed()
    {
        var client = app.ClientFrom("10.9.9.9", "http://border.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Kestrel_does_not_name_itself_in_a_server_header()
    {
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private sealed class ProxiedApp() : PeerAddressWebApp("Production")
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("ForwardedHeaders:KnownProxies", Proxy)];
    }
}
