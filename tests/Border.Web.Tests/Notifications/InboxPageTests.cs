using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Notifications;

public sealed class InboxPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_header_count_matches_the_inbox_and_opening_one_lowers_it()
    {
        var client = await RegisteredApplicantAsync("header@example.test");

        var inbox = await client.GetPageAsync("/notifications");
        Assert.Equal("Notifications (1)", inbox.QuerySelector("a.badge")!.TextContent);
        var welcome = Assert.Single(inbox.QuerySelectorAll(".inbox li.unread"));
        var link = welcome.QuerySelector("a")!.GetAttribute("href")!;

        var opened = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/", opened.Headers.Location!.OriginalString);
        var after = await client.GetPageAsync("/notifications");
        Assert.Equal("Notifications (0)", after.QuerySelector("a.badge")!.TextContent);
        Assert.Empty(after.QuerySelectorAll(".inbox li.unread"));
    }

    [Fact]
    public async Task Another_persons_notification_in_the_address_is_not_found()
    {
        var owner = await RegisteredApplicantAsync("owner@example.test");
        var link = (await owner.GetPageAsync("/notifications")).QuerySelector(".inbox a")!.GetAttribute("href")!;
        var stranger = await RegisteredApplicantAsync("stranger@example.test");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        Assert.Equal("Notifications (1)", (await owner.GetPageAsync("/notifications")).QuerySelector("a.badge")!.TextContent);
    }

    [Fact]
    public async Task Mark_all_as_read_works_as_a_plain_form()
    {
        var client = await RegisteredApplicantAsync("all@example.test");

        var response = await client.PostFormAsync("/notifications", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Notifications (0)", (await client.GetPageAsync("/notifications")).QuerySelector("a.badge")!.TextContent);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await app.CreateBrowserClient().GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> RegisteredApplicantAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long river of words",
            ["Input.AcceptedTerms"] = "true",
        });
        await client.SignInAsync(email, "a long river of words");
        await Border.Testing.OutboxDelivery.DeliverAllAsync(app.Services);
        return client;
    }
}
