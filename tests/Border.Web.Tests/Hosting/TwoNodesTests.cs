using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Hosting;

/// <summary>Two web nodes on one database, as behind a load balancer: no state lives in a node.</summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private readonly BorderWebApp first = new();
    private BorderWebApp? second;

    public async Task InitializeAsync()
    {
        await first.InitializeAsync();
        second = new BorderWebApp(sharedDatabase: first.Database);
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await second!.DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }

    [Fact]
    public async Task A_person_signed_in_on_one_node_is_recognized_by_the_other()
    {
        var signedIn = await first.CreateBrowserClient().SignInAsDemoAsync("applicant@border.test");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-border=", StringComparison.Ordinal)).Split(';')[0];

        var client = second!.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var page = await client.GetPageAsync("/");

        Assert.Contains("applicant@border.test", page.QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_served_by_one_node_can_be_posted_to_the_other()
    {
        var page = await first.CreateBrowserClient().GetAsync("/account/sign-in");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-border-af=", StringComparison.Ordinal)).Split(';')[0];
        var token = (await page.ParseAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var client = second!.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("Cookie", antiforgeryCookie);
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "applicant@border.test",
            ["Input.Password"] = Border.Accounts.Contracts.SeedDemoAccounts.Password,
        }));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
