using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Admin;

/// <summary>Only admins who gave their authenticator code open the settings; everyone else gets 404 or the sign-in page.</summary>
public sealed class SettingsPageAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", HttpStatusCode.OK)]
    public async Task Only_admins_open_the_settings(string email, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        Assert.Equal(expected, (await client.GetAsync("/admin/settings")).StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            var token = (await client.GetPageAsync("/account/password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await client.PostAsync("/admin/settings", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.LeadDays", "3")]));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
    }

    [Fact]
    public async Task Visitors_and_an_admin_who_gave_only_a_password_are_sent_to_sign_in()
    {
        var halfway = app.CreateBrowserClient();
        await halfway.SignInAsync("admin@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);

        foreach (var client in new[] { app.CreateBrowserClient(), halfway })
        {
            var refused = await client.GetAsync("/admin/settings");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/account/sign-in", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
