using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Admin;

/// <summary>Only admins who gave their authenticator code open the jobs dashboard; everyone else gets 404 or the sign-in page.</summary>
public sealed class JobsDashboardAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Pages =
    [
        "/admin/jobs", "/admin/jobs/history", "/admin/jobs/history?outcome=Failed",
        "/admin/jobs/confirm/run/platform/outbox-cleanup", "/admin/jobs/confirm/pause/scheduling/allocation",
        "/admin/jobs/schedule/scheduling/allocation",
    ];

    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", HttpStatusCode.OK)]
    public async Task Only_admins_open_the_jobs_pages(string email, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        foreach (var path in Pages)
        {
            var response = await client.GetAsync(path);
            Assert.True(expected == response.StatusCode, $"{email} opening {path}: {response.StatusCode}");
        }

        if (expected == HttpStatusCode.NotFound)
        {
            // With a good antiforgery token (it is per person, not per form), so only authorization can refuse it.
            var token = (await client.GetPageAsync("/account/password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await client.PostAsync("/admin/jobs/confirm/pause/scheduling/allocation", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
    }

    [Fact]
    public async Task Visitors_and_an_admin_who_gave_only_a_password_are_sent_to_sign_in()
    {
        var halfway = app.CreateBrowserClient();
        var response = await halfway.SignInAsync("admin@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var client in new[] { app.CreateBrowserClient(), halfway })
        {
            foreach (var path in Pages)
            {
                var refused = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Contains("/account/sign-in", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
