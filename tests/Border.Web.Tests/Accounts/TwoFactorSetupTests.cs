using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Accounts;

public sealed class TwoFactorSetupTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Password = "a long river of words";

    [Fact]
    public async Task An_applicant_turns_it_on_with_the_app_s_code_and_then_needs_a_code_to_sign_in()
    {
        var client = await RegisterAsync("twostep@example.test");
        var setup = await client.GetPageAsync("/account/two-factor/setup");
        Assert.NotNull(setup.QuerySelector(".qr svg[role=img][aria-label]"));
        var key = KeyOn(setup);

        var wrong = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.NotNull((await wrong.ParseAsync()).QuerySelector(".error-summary a[href='#Input_Code']"));
        var on = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, "twostep") });

        var codes = (await on.ParseAsync()).QuerySelectorAll(".codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        var signIn = await app.CreateBrowserClient().SignInAsync("twostep@example.test", Password);
        Assert.StartsWith("/account/two-factor", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var fresh = app.CreateBrowserClient();
        await fresh.SignInAsync("twostep@example.test", Password);
        var withApp = await fresh.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, "twostep") });
        Assert.Equal("/", withApp.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var client = await RegisterAsync("recovery@example.test");
        var key = KeyOn(await client.GetPageAsync("/account/two-factor/setup"));
        var on = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, "recovery") });
        var code = (await on.ParseAsync()).QuerySelector(".codes code")!.TextContent;

        var first = await SecondStepAsync("recovery@example.test", code.ToLowerInvariant());
        var again = await SecondStepAsync("recovery@example.test", code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var left = await client.GetPageAsync("/account/two-factor/setup");
        Assert.Contains("9", left.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_it_off_needs_the_password_and_then_a_password_is_enough()
    {
        var client = await RegisterAsync("off@example.test");
        var key = KeyOn(await client.GetPageAsync("/account/two-factor/setup"));
        await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, "off") });

        var refused = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Password"] = "not my password at all" });
        var off = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Password"] = Password });

        Assert.Equal("Your password is not right.", (await refused.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("/account/two-factor/setup?off=true", off.Headers.Location!.OriginalString);
        Assert.Equal("/", (await app.CreateBrowserClient().SignInAsync("off@example.test", Password)).Headers.Location!.OriginalString);
    }

    private static string KeyOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("code.key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsync(email, Password);
        return await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    private async Task<HttpClient> RegisterAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.AcceptedTerms"] = "true",
        });
        await client.SignInAsync(email, Password);
        return client;
    }
}
