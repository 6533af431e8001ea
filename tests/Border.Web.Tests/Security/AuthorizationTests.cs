using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Security;

public sealed class AuthorizationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/admin")]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/accounts/invite")]
    [InlineData("/admin/accounts/0199a000-0000-7000-8000-000000000099")]
    [InlineData("/admin/accounts/0199a000-0000-7000-8000-000000000099/disable")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("applicant@border.test", "/", "/staff", HttpStatusCode.NotFound)]
    [InlineData("applicant@border.test", "/", "/admin", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff", "/staff", HttpStatusCode.OK)]
    [InlineData("officer@border.test", "/staff", "/admin", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff", "/staff", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff", "/admin", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", "/admin", "/admin", HttpStatusCode.OK)]
    [InlineData("admin@border.test", "/admin", "/staff", HttpStatusCode.OK)]
    [InlineData("applicant@border.test", "/", "/staff/policy-updates/new", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff", "/staff/policy-updates/new", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff", "/staff/policy-updates/new", HttpStatusCode.OK)]
    [InlineData("admin@border.test", "/admin", "/staff/policy-updates", HttpStatusCode.OK)]
    public async Task Each_role_lands_in_its_area_and_opens_only_what_it_may(
        string email, string landing, string path, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();

        var signedIn = await client.SignInAsDemoAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(landing, signedIn.Headers.Location!.OriginalString);

        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Staff_who_gave_only_a_password_cannot_open_staff_pages()
    {
        var client = app.CreateBrowserClient();

        var response = await client.SignInAsync("officer@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var staff = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.Contains("/account/sign-in", staff.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused()
    {
        var client = app.CreateBrowserClient();
        var response = await client.SignInAsync("admin@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);

        var second = await client.PostFormAsync(response.Headers.Location!.OriginalString, new Dictionary<string, string>
        {
            ["Input.Code"] = "000000",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("That code is not right", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_authenticator_code_works_only_once()
    {
        var code = await Border.Testing.Totp.CodeAsync(Border.Accounts.Contracts.SeedDemoAccounts.StaffAuthenticatorKey, $"{app.Database}|supervisor@border.test");
        var first = app.CreateBrowserClient();
        var second = app.CreateBrowserClient();
        var firstStep = await first.SignInAsync("supervisor@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);
        var secondStep = await second.SignInAsync("supervisor@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);

        var used = await first.PostFormAsync(firstStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = code });
        var replayed = await second.PostFormAsync(secondStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = code });

        Assert.Equal("/staff", used.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("That code is not right", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("admin@border.test");

        var signOut = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", HttpStatusCode.OK)]
    public async Task Only_admins_open_the_account_pages(string email, HttpStatusCode expected)
    {
        var applicant = await Border.Testing.TestAccounts.IdOfAsync(app.Services, "applicant@border.test");
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        foreach (var path in new[]
        {
            "/admin/accounts", "/admin/accounts/invite", $"/admin/accounts/{applicant}", $"/admin/accounts/{applicant}/choose-role",
            $"/admin/accounts/{applicant}/disable",
        })
        {
            var response = await client.GetAsync(path);
            Assert.True(expected == response.StatusCode, $"{email} opening {path}: {response.StatusCode}");
        }

        if (expected == HttpStatusCode.NotFound)
        {
            // With a good antiforgery token (it is per person, not per form), so only authorization can refuse it.
            var token = (await client.GetPageAsync("/account/password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await client.PostAsync(
                $"/admin/accounts/{applicant}/disable", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInAsync("applicant@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password)).StatusCode);
        }
    }

    [Fact]
    public async Task An_admin_who_gave_only_a_password_cannot_open_the_account_pages()
    {
        var client = app.CreateBrowserClient();

        var response = await client.SignInAsync("admin@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var path in new[] { "/admin/accounts", "/admin/accounts/invite" })
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/account/sign-in", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
