using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Security;

public sealed class SecurityHeadersTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_carry_no_inline_script()
    {
        var html = await app.CreateBrowserClient().GetStringAsync("/account/sign-in");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await app.CreateBrowserClient().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "applicant@border.test",
            ["Input.Password"] = Border.Accounts.Contracts.SeedDemoAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_host_only_secure_and_hidden_from_script()
    {
        var response = await app.CreateBrowserClient().SignInAsDemoAsync("applicant@border.test");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-border=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Html_is_compressed_with_brotli_when_the_browser_accepts_it()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        var response = await client.GetAsync("/");

        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}

public sealed class ProductionHeadersTests : IAsyncLifetime
{
    private readonly BorderWebApp app = new("Production");

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Outside_development_browsers_are_told_to_use_https_for_a_year()
    {
        var response = await ProductionClient().GetAsync("/");

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_its_fingerprinted_address_is_cached_for_a_year()
    {
        var client = ProductionClient();
        var page = await client.GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);

        // From build output the framework serves every asset with no-cache so edits show at once; the
        // published site serves what the endpoint manifest declares, which is checked here.
        var manifest = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Border.Web.staticwebassets.endpoints.json"));
        using var endpoints = System.Text.Json.JsonDocument.Parse(manifest);
        var route = endpoints.RootElement.GetProperty("Endpoints").EnumerateArray()
            .First(e => "/" + e.GetProperty("Route").GetString() == href);
        Assert.Contains(route.GetProperty("ResponseHeaders").EnumerateArray(), h =>
            h.GetProperty("Name").GetString() == "Cache-Control" && h.GetProperty("Value").GetString() == "max-age=31536000, immutable");
    }

    private HttpClient ProductionClient() => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://border.example"),
        AllowAutoRedirect = false,
    });
}
