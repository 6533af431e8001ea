using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Localization;

public sealed class LanguageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Accept_language_spanish_shows_the_page_in_spanish()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");

        var page = await client.GetPageAsync("/account/sign-in");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Iniciar sesión", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("xx-YY")]
    [InlineData("fr")]
    public async Task An_unknown_language_falls_back_to_english(string language)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetPageAsync("/account/sign-in");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_switch_sets_the_language_and_returns_to_the_same_page()
    {
        var client = app.CreateBrowserClient();
        var page = await client.GetPageAsync("/account/register");
        var link = page.QuerySelector("a[hreflang=es]")!.GetAttribute("href")!;

        var switched = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/register", switched.Headers.Location!.OriginalString);
        var spanish = await client.GetPageAsync("/account/register");
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(spanish.QuerySelector("a[hreflang=en]"));
    }

    [Fact]
    public async Task The_switch_never_sends_anyone_to_another_site()
    {
        var response = await app.CreateBrowserClient().GetAsync("/language/es?returnUrl=//evil.example/");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_explicit_choice_beats_the_browser_language()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        await client.GetAsync("/language/en?returnUrl=/");

        var page = await client.GetPageAsync("/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_saved_in_the_profile_beats_the_browser_language()
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "lucia@example.test",
            ["Input.Password"] = "a long river of words",
            ["Input.Culture"] = "es",
            ["Input.AcceptedTerms"] = "true",
        });
        var signedIn = await client.SignInAsync("lucia@example.test", "a long river of words");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var page = await client.GetPageAsync("/");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Validation_messages_come_in_the_persons_language()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = string.Empty,
            ["Input.Password"] = string.Empty,
        });
        var page = await response.ParseAsync();

        Assert.Equal("Hay un problema", page.QuerySelector(".error-summary h2")!.TextContent);
        Assert.Contains("Escriba su correo electrónico.", page.QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Escriba su contraseña.", page.QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
    }
}
