using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Accounts;

/// <summary>Confirmation and password-reset links, followed from the emails the SMTP server really received.</summary>
public sealed class EmailLinkTests(MailingWebApp app) : IClassFixture<MailingWebApp>
{
    private const string Password = "a long river of words";

    [Fact]
    public async Task The_link_in_the_confirmation_email_confirms_the_address()
    {
        var client = await RegisterAsync("confirm@example.test", "es");
        var home = await client.GetPageAsync("/");
        Assert.Contains("confirm@example.test", home.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        await app.DeliverMailAsync();
        var link = app.LinkIn("confirm@example.test", "Confirme su correo electrónico");
        var confirmed = await client.ConfirmLinkAsync(link);

        Assert.Equal("Su correo electrónico está confirmado", confirmed.QuerySelector("h1")!.TextContent);
        Assert.Null((await client.GetPageAsync("/")).QuerySelector(".notice"));
        // The email-only confirmation is not an inbox item: the welcome is the one thing there.
        Assert.Single((await client.GetPageAsync("/notifications")).QuerySelectorAll(".inbox li"));
    }

    [Fact]
    public async Task A_link_with_a_wrong_code_confirms_nothing()
    {
        var client = await RegisterAsync("wrong-code@example.test", "en");
        await app.DeliverMailAsync();
        var link = app.LinkIn("wrong-code@example.test", "Confirm your email address");

        var refused = await client.ConfirmLinkAsync(link[..^4] + "AAAA");

        Assert.Equal("This link does not work", refused.QuerySelector("h1")!.TextContent);
        Assert.NotNull((await client.GetPageAsync("/")).QuerySelector(".notice"));
    }

    [Fact]
    public async Task Asking_again_sends_a_new_link_that_works()
    {
        var client = await RegisterAsync("again@example.test", "en");
        await app.DeliverMailAsync();

        var resent = await client.PostFormAsync("/", new Dictionary<string, string>(), formIndex: 0);
        await app.DeliverMailAsync();

        Assert.Equal("/?sent=true", resent.Headers.Location!.OriginalString);
        Assert.Equal(2, app.Smtp.Messages.Count(m => m.RcptTo.Contains("again@example.test") && m.Message.Subject == "Confirm your email address"));
        var confirmed = await client.ConfirmLinkAsync(app.LinkIn("again@example.test", "Confirm your email address"));
        Assert.Equal("Your email address is confirmed", confirmed.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Registering_leads_to_a_page_naming_the_address_that_can_send_the_link_again()
    {
        var visitor = app.CreateBrowserClient();
        var registered = await visitor.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "check-page@example.test",
            ["Input.Password"] = Password,
            ["Input.Culture"] = "es",
            ["Input.AcceptedTerms"] = "true",
        });
        var location = registered.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/check-email?to=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("check-page", location, StringComparison.Ordinal);

        var page = await visitor.GetPageAsync(location);
        Assert.Contains("check-page@example.test", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
        var again = await visitor.PostFormAsync(location, new Dictionary<string, string>());
        await app.DeliverMailAsync();

        Assert.EndsWith("&sent=true", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotNull((await visitor.GetPageAsync(again.Headers.Location!.OriginalString)).QuerySelector("main [role=status]"));
        Assert.Equal(2, app.Smtp.Messages.Count(m => m.RcptTo.Contains("check-page@example.test") && m.Message.Subject == "Confirme su correo electrónico"));
        // The visitor's browser never chose Spanish: the page after the link speaks the browser's language.
        var confirmed = await visitor.ConfirmLinkAsync(app.LinkIn("check-page@example.test", "Confirme su correo electrónico"));
        Assert.Equal("Your email address is confirmed", confirmed.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_check_email_link_that_was_not_sealed_by_us_names_no_address_and_sends_nothing()
    {
        await RegisterAsync("sealed@example.test", "en");
        var visitor = app.CreateBrowserClient();
        var ownPage = (await visitor.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "sealed-other@example.test",
            ["Input.Password"] = Password,
            ["Input.Culture"] = "en",
            ["Input.AcceptedTerms"] = "true",
        })).Headers.Location!.OriginalString;
        await app.DeliverMailAsync();

        var page = await visitor.GetPageAsync("/account/check-email?to=sealed%40example.test");
        // The visitor's own page, its send-again form's sealed address swapped for someone else's in the clear.
        await visitor.PostFormAsync(ownPage, new Dictionary<string, string> { ["to"] = "sealed@example.test" });
        await app.DeliverMailAsync();

        Assert.Equal("We sent a link to the address you gave.", page.QuerySelector("main .lead")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(1, app.Smtp.Messages.Count(m => m.RcptTo.Contains("sealed@example.test") && m.Message.Subject == "Confirm your email address"));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_once_from_the_emailed_link()
    {
        await RegisterAsync("forgot@example.test", "en");
        var visitor = app.CreateBrowserClient();

        var known = await visitor.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "forgot@example.test" });
        var unknown = await visitor.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.test" });
        await app.DeliverMailAsync();

        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.DoesNotContain(app.Smtp.Messages, m => m.RcptTo.Contains("nobody@example.test"));
        var link = app.LinkIn("forgot@example.test", "Choose a new password");
        var saved = await visitor.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "a brand new sentence to remember" });
        Assert.Equal("/account/sign-in?reset=true", saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInAsync("forgot@example.test", "a brand new sentence to remember")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInAsync("forgot@example.test", Password)).StatusCode);
        var again = await visitor.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "yet another sentence to remember" });
        Assert.Equal("This link does not work", (await again.ParseAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_empty_address_is_asked_for_again_by_its_field()
    {
        var refused = await app.CreateBrowserClient().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = " " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Enter your email address.", (await refused.ParseAsync()).QuerySelector(".error-summary a[href='#Input_Email']")!.TextContent);
    }

    [Fact]
    public async Task A_new_password_that_breaks_the_rules_is_refused_by_its_field_and_the_link_still_works()
    {
        await RegisterAsync("weak@example.test", "es");
        var visitor = app.CreateBrowserClient();
        await visitor.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "weak@example.test" });
        await app.DeliverMailAsync();
        var link = app.LinkIn("weak@example.test", "Elija una nueva contraseña");

        var refused = await visitor.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "short" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_NewPassword']"));
        var saved = await visitor.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "a much longer sentence this time" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var client = await RegisterAsync("change@example.test", "en");

        var wrong = await client.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password at all",
            ["Input.NewPassword"] = "a fresh line of poetry today",
        });
        var right = await client.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "a fresh line of poetry today",
        });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.True(right.StatusCode == HttpStatusCode.Redirect, (await right.ParseAsync()).QuerySelector(".error-summary")?.TextContent);
        Assert.Equal("Your current password is not right.", (await wrong.ParseAsync()).QuerySelector("#Input_CurrentPassword")!.ParentElement!.QuerySelector(".error")!.TextContent.Trim());
        Assert.Equal("/account/password?changed=true", right.Headers.Location!.OriginalString);
        Assert.NotNull((await client.GetPageAsync("/account/password?changed=true")).QuerySelector("[role=status]"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInAsync("change@example.test", "a fresh line of poetry today")).StatusCode);
    }

    private async Task<HttpClient> RegisterAsync(string email, string culture)
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.Culture"] = culture,
            ["Input.AcceptedTerms"] = "true",
        });
        await client.SignInAsync(email, Password);
        return client;
    }
}
