using System.Net;
using Border.Accounts.Contracts;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Admin;

/// <summary>Only an admin who gave the second factor reads the audit log or downloads it.</summary>
public sealed class AuditLogAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Paths = ["/admin/audit", "/admin/audit?handler=csv", "/admin/audit?action=accounts.role-added&from=2021-01-01"];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = app.CreateBrowserClient();

        foreach (var path in Paths)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", HttpStatusCode.OK)]
    public async Task Only_admins_open_it(string email, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        foreach (var path in Paths)
        {
            var response = await client.GetAsync(path);
            Assert.True(expected == response.StatusCode, $"{email} opening {path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_admin_who_gave_only_a_password_is_sent_to_sign_in()
    {
        var client = app.CreateBrowserClient();
        var response = await client.SignInAsync("admin@border.test", SeedDemoAccounts.Password);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var path in Paths)
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/account/sign-in", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
