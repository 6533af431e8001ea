using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Border.Web.Tests.Security;

/// <summary>`./border run` serves plain HTTP on loopback: forms must work there too.</summary>
public sealed class PlainHttpDevelopmentTests : IAsyncLifetime
{
    private readonly PlainHttpApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_developer_signs_in_over_plain_http_with_unprefixed_cookies()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1"), AllowAutoRedirect = false });

        var response = await client.SignInAsync("applicant@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("border=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("applicant@border.test", (await client.GetPageAsync("/")).QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class PlainHttpApp : BorderWebApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Cookies:Secure", "false")];
    }
}
