using System.Net;
using Border.Accounts.Contracts;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Security;

/// <summary>Limits count per account first; an address shared by a shelter gets a far higher ceiling.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Shelter = "198.51.100.1";
    private const string Proxy = "10.0.0.5";

    private readonly LimitedApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Two_hundred_people_behind_one_address_can_each_sign_in()
    {
        var emails = await CreateAccountsAsync(200);

        var answers = new List<HttpStatusCode>();
        foreach (var chunk in emails.Chunk(10))
        {
            answers.AddRange(await Task.WhenAll(chunk.Select(async email =>
                (await app.ClientFrom(Shelter).SignInAsync(email, SeedDemoAccounts.Password)).StatusCode)));
        }

        Assert.Equal(200, answers.Count(a => a == HttpStatusCode.Redirect));
    }

    [Fact]
    public async Task One_account_is_still_limited_from_any_address_with_a_page_saying_when_to_try_again()
    {
        var client = app.ClientFrom(Shelter);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("applicant@border.test", "wrong password here")).StatusCode);
        }

        var limited = await client.SignInAsync("applicant@border.test", "wrong password here");
        var elsewhere = app.ClientFrom("192.0.2.44");
        var fromElsewhere = await elsewhere.SignInAsync("applicant@border.test", SeedDemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromElsewhere.StatusCode);
        var seconds = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        var page = await limited.ParseAsync();
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet]"));
        Assert.Equal("Demasiados intentos", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Vuelva a intentarlo en 1 minutos", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task A_forged_forwarded_address_from_an_unlisted_peer_changes_nothing()
    {
        var forged = app.ClientFrom("10.9.9.9");
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 71; attempt++)
        {
            forged.DefaultRequestHeaders.Remove("X-Forwarded-For");
            forged.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            answers.Add((await ForgotAsync(forged, $"someone{attempt}@example.test")).StatusCode);
        }

        Assert.Equal(70, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task The_named_proxy_passes_on_each_client_address()
    {
        var proxied = app.ClientFrom(Proxy);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 71; attempt++)
        {
            proxied.DefaultRequestHeaders.Remove("X-Forwarded-For");
            proxied.DefaultRequestHeaders.Add("X-Forwarded-For", attempt < 70 ? "203.0.113.200" : "203.0.113.201");
            answers.Add((await ForgotAsync(proxied, $"proxied{attempt}@example.test")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, answers[^1]);
    }

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

    private async Task<List<string>> CreateAccountsAsync(int count)
    {
        var emails = Enumerable.Range(0, count).Select(i => $"shelter{i}@example.test").ToList();
        await Border.Testing.TestAccounts.CreateSharingPasswordAsync(app.Services, "applicant@border.test", emails);
        return emails;
    }

    private sealed class LimitedApp : PeerAddressWebApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("RateLimits:SignInPerMinute", "3"),
            new("RateLimits:EmailLinksPerHour", "1"),
            new("RateLimits:AddressFactor", "70"),
            new("ForwardedHeaders:KnownProxies", Proxy),
        ];
    }
}
