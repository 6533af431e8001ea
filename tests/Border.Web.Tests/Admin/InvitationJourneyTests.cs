using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Admin;

/// <summary>From the admin's invitation, through the email the SMTP server really received, to the first staff page.</summary>
public sealed class InvitationJourneyTests(MailingWebApp app) : IClassFixture<MailingWebApp>
{
    private const string Password = "a long river of words";

    [Fact]
    public async Task An_invited_officer_chooses_a_password_must_set_up_two_factor_and_then_opens_staff_pages()
    {
        await InviteAsync("journey@example.test", "Officer", "es");
        await app.DeliverMailAsync();
        var email = app.Smtp.Messages.Single(m => m.RcptTo.Contains("journey@example.test"));
        Assert.Equal("Tiene una invitación a Border", email.Message.Subject);
        Assert.Contains("Oficial", email.Message.Single("text/plain").Text, StringComparison.Ordinal);
        var link = app.LinkIn("journey@example.test", "Tiene una invitación a Border");
        Assert.StartsWith("/account/invitation?user=", link, StringComparison.Ordinal);

        var officer = app.CreateBrowserClient();
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        Assert.Equal("Elija su contraseña", (await officer.GetPageAsync(link)).QuerySelector("h1")!.TextContent);
        var tooShort = await officer.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "corta" });
        Assert.Equal("Use una contraseña de al menos 12 caracteres.", (await tooShort.ParseAsync()).QuerySelector(".error-summary a[href='#Input_Password']")!.TextContent);
        var saved = await officer.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = Password });
        Assert.Equal("/account/two-factor/setup", saved.Headers.Location!.OriginalString);

        // Signed in with the password alone: every page but the setup sends them back to it.
        foreach (var path in new[] { "/staff", "/staff/policy-updates", "/admin", "/notifications", "/account/password", "/" })
        {
            var shut = await officer.GetAsync(path);
            Assert.True(shut.StatusCode == HttpStatusCode.Redirect, $"{path} answered {shut.StatusCode}");
            Assert.Equal("/account/two-factor/setup", shut.Headers.Location!.OriginalString);
        }

        var setup = await officer.GetPageAsync("/account/two-factor/setup");
        Assert.NotNull(setup.QuerySelector(".notice"));
        var (_, on) = await TwoFactorSetupSteps.TurnOnAsync(officer, "journey");
        Assert.Equal("/staff", (await on.ParseAsync()).QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/admin")).StatusCode);

        var reused = await app.CreateBrowserClient().GetPageAsync(link);
        Assert.Equal("This invitation link does not work", reused.QuerySelector("h1")!.TextContent);
        var later = await app.CreateBrowserClient().SignInAsync("journey@example.test", Password);
        Assert.StartsWith("/account/two-factor", later.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual("/account/two-factor/setup", later.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task An_invitation_sent_again_replaces_the_first_link_and_an_admin_without_an_app_is_sent_to_set_one_up()
    {
        var admin = await InviteAsync("second.admin@example.test", "Admin", "en");
        await app.DeliverMailAsync();
        var first = app.LinkIn("second.admin@example.test", "You are invited to Border");
        var id = first[(first.IndexOf("user=", StringComparison.Ordinal) + 5)..first.IndexOf('&', StringComparison.Ordinal)];

        var resent = await admin.PostFormAsync($"/admin/accounts/{id}/resend-invitation", new Dictionary<string, string>());
        Assert.Equal($"/admin/accounts/{id}?done=resend-invitation", resent.Headers.Location!.OriginalString);
        await app.DeliverMailAsync();
        var second = app.LinkIn("second.admin@example.test", "You are invited to Border");

        Assert.NotEqual(first, second);
        var old = await app.CreateBrowserClient().GetPageAsync(first);
        Assert.Equal("This invitation link does not work", old.QuerySelector("h1")!.TextContent);
        var newcomer = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.PostFormAsync(second, new Dictionary<string, string> { ["Input.Password"] = Password })).StatusCode);
        await newcomer.PostFormAsync("/account/sign-out", new Dictionary<string, string>());

        var signIn = await newcomer.SignInAsync("second.admin@example.test", Password);
        Assert.Equal("/account/two-factor/setup", signIn.Headers.Location!.OriginalString);
        var accounts = await newcomer.GetAsync("/admin/accounts");
        Assert.Equal("/account/two-factor/setup", accounts.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/account/two-factor/setup")).StatusCode);
    }

    private async Task<HttpClient> InviteAsync(string email, string role, string culture)
    {
        var admin = app.CreateBrowserClient();
        await admin.SignInAsDemoAsync("admin@border.test");
        var invited = await admin.PostFormAsync("/admin/accounts/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = role,
            ["Input.Culture"] = culture,
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        return admin;
    }
}
