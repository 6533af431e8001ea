using System.Net;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Security;

/// <summary>
/// Every page that takes a POST, as the role it is for, gets a missing handler, an unknown handler, an empty body
/// and hostile returnUrl values: each is a clear answer, never a 5xx.
/// </summary>
public sealed class HostilePostTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    private static readonly string[] HostileReturnUrls =
    [
        "/\t/evil.example", "//evil.example", "\\\\evil.example", "/\\evil.example", "javascript:alert(1)",
        "/" + new string('a', 20_000), "https://evil.example/",
    ];

    [Fact]
    public async Task No_post_route_answers_a_hostile_or_empty_post_with_a_server_error()
    {
        var routes = await PostRoutesAsync();
        Assert.True(routes.Count > 20, $"Only {routes.Count} POST routes found.");
        var applicant = app.CreateBrowserClient();
        await applicant.SignInAsDemoAsync("applicant@border.test");
        var clients = new (string Role, HttpClient Client)[]
        {
            ("anonymous", app.CreateBrowserClient()), ("applicant", applicant), ("admin", await app.AdminAsync()),
        };

        var failures = new List<string>();
        foreach (var (role, client) in clients)
        {
            var token = await TokenAsync(client);
            // Signing out last, so each client stays signed in for the others.
            foreach (var route in routes.OrderBy(r => r.Contains("sign-out", StringComparison.Ordinal)))
            {
                foreach (var (what, request) in Attempts(route, token))
                {
                    var response = await client.SendAsync(request);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{role} POST {route} ({what}): {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    public async Task A_hostile_return_address_after_signing_in_or_switching_language_leads_home(string hostile)
    {
        var client = app.CreateBrowserClient();
        var signedIn = await client.PostFormAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(hostile), new Dictionary<string, string>
        {
            ["Input.Email"] = "applicant@border.test",
            ["Input.Password"] = Border.Accounts.Contracts.SeedDemoAccounts.Password,
        });
        var switched = await client.GetAsync("/language/es?returnUrl=" + Uri.EscapeDataString(hostile));

        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    private static IEnumerable<(string What, HttpRequestMessage Request)> Attempts(string route, string token)
    {
        yield return ("no body at all", new HttpRequestMessage(HttpMethod.Post, route));
        yield return ("only the antiforgery token", Post(route, token, []));
        yield return ("no handler", Post(route + "?handler=", token, [new("Input.Email", "someone@example.test")]));
        yield return ("an unknown handler", Post(route + "?handler=NoSuchThing", token, []));
        foreach (var hostile in HostileReturnUrls)
        {
            yield return ($"returnUrl {hostile[..Math.Min(hostile.Length, 24)]}", Post(
                route + "?returnUrl=" + Uri.EscapeDataString(hostile[..Math.Min(hostile.Length, 2000)]),
                token,
                [new("returnUrl", hostile), new("Input.Email", "applicant@border.test"), new("Input.Password", "wrong password here")]));
        }
    }

    private static HttpRequestMessage Post(string route, string token, KeyValuePair<string, string>[] fields) =>
        new(HttpMethod.Post, route) { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]) };

    private static async Task<string> TokenAsync(HttpClient client)
    {
        // The token is per person, not per form: any page's will do.
        var page = await client.GetPageAsync("/account/sign-in");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    /// <summary>Each page whose model has a POST handler, its route filled with values of the right shape.</summary>
    private async Task<List<string>> PostRoutesAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.HandlerMethods.Any(h => h.HttpMethod == "Post"))
            {
                routes.Add(RouteSamples.Fill(endpoint.RoutePattern.RawText!));
            }
        }

        return [.. routes.Distinct()];
    }
}
