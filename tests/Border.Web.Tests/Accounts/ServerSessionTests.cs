using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Accounts;

/// <summary>Sessions live on the server (accounts.sessions): ending one refuses its cookie at once, wherever it was copied.</summary>
public sealed class ServerSessionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Android = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36";

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_signing_out_gets_the_sign_in_page_afterwards()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        await Applicants.RegisterAsync(app, email, "en");
        var browser = app.CreateBrowserClient();
        var copy = CopyOf(await browser.SignInAsync(email, Applicants.Password));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/notifications")).StatusCode);

        var signOut = await browser.PostFormAsync("/account/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await copy.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_the_one_that_changed_it()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var here = await Applicants.RegisterAsync(app, email, "en");
        var elsewhere = app.CreateBrowserClient();
        await elsewhere.SignInAsync(email, Applicants.Password);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/notifications")).StatusCode);

        await here.AnswerAsync("/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Applicants.Password,
            ["Input.NewPassword"] = "another long river of words",
        }, "/account/password?changed=true");

        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/notifications")).StatusCode);
    }

    [Fact]
    public async Task The_sessions_page_names_each_browser_and_signs_out_one_or_every_other()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        var here = await Applicants.RegisterAsync(app, email, "en");
        var phone = await SignedInAsync(email, Android);
        var third = await SignedInAsync(email, userAgent: null);

        var page = await here.GetPageAsync("/account/sessions");
        var sessions = page.QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, sessions.Count);
        Assert.Contains(sessions, s => s.Contains("Chrome on Android", StringComparison.Ordinal));
        Assert.Single(sessions, s => s.Contains("(This device)", StringComparison.Ordinal));

        var phoneSession = page.QuerySelectorAll("main li")
            .Single(li => li.TextContent.Contains("Chrome on Android", StringComparison.Ordinal))
            .QuerySelector("input[name=session]")!.GetAttribute("value")!;
        var one = await here.PostFormAsync("/account/sessions", new Dictionary<string, string> { ["session"] = phoneSession }, formIndex: 0);
        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await third.GetAsync("/notifications")).StatusCode);

        var others = await here.PostFormAsync("/account/sessions", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, others.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/notifications")).StatusCode);

        await here.GetAsync("/language/es?returnUrl=/account/sessions");
        var spanish = await here.GetPageAsync("/account/sessions");
        Assert.Equal("Dónde tiene la sesión iniciada", spanish.QuerySelector("h1")!.TextContent);
        Assert.Contains("Solo tiene la sesión iniciada aquí.", spanish.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_a_session_of_someone_else_changes_nothing()
    {
        var owner = $"{Guid.NewGuid():N}@example.test";
        await Applicants.RegisterAsync(app, owner, "en");
        var victim = await SignedInAsync(owner, userAgent: null);
        var victimSession = (await (await SignedInAsync(owner, Android)).GetPageAsync("/account/sessions"))
            .QuerySelectorAll("main li")
            .Where(li => li.TextContent.Contains("Unknown browser", StringComparison.Ordinal))
            .Select(li => li.QuerySelector("input[name=session]")!.GetAttribute("value")!)
            .First();

        var stranger = await Applicants.RegisterAsync(app, $"{Guid.NewGuid():N}@example.test", "en");
        var token = (await stranger.GetPageAsync("/account/sessions")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var ended = await stranger.PostAsync("/account/sessions?handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["session"] = victimSession,
        }));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/notifications")).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email, string? userAgent)
    {
        var client = app.CreateBrowserClient();
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, Applicants.Password)).StatusCode);
        return client;
    }

    /// <summary>A second client that sends the sign-in cookie the response set, as someone who copied it would.</summary>
    private HttpClient CopyOf(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-border=", StringComparison.Ordinal));
        var copy = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        copy.DefaultRequestHeaders.Add("Cookie", cookie.Split(';', 2)[0]);
        return copy;
    }
}
