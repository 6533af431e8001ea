using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>Which language a person reads: their explicit choice first, then their profile.</summary>
public sealed class LanguageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/")]
    [InlineData("/account/sign-in?returnUrl=%2Fstaff")]
    public async Task The_language_switch_turns_the_page_into_Spanish_and_back_keeping_the_person_on_it(string address)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        await page.GotoAsync(address);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await SwitchAsync(page, "es", address);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");

        // The choice is remembered: the next page is in Spanish too.
        await page.GotoAsync("/account/access-denied");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await page.GotoAsync(address);

        await SwitchAsync(page, "en", address);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task The_language_switch_works_without_JavaScript()
    {
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);
        await page.GotoAsync("/account/register");

        await SwitchAsync(page, "es", "/account/register");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
    }

    [Fact]
    public async Task An_applicant_who_chose_Spanish_when_registering_reads_Spanish_pages_once_signed_in()
    {
        var email = RegistrationSteps.NewEmail();
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        await RegistrationSteps.RegisterAsync(page, email, RegistrationSteps.GoodPassword, culture: "es");
        await SignInSteps.WaitForPathAsync(page, "/account/check-email");
        await Expect(page.Locator("main .lead")).ToContainTextAsync(email);

        await SignInSteps.SubmitPasswordAsync(page, email, RegistrationSteps.GoodPassword);
        await SignInSteps.WaitForPathAsync(page, "/");

        await Expect(page.Locator("main")).ToContainTextAsync(email);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
    }

    /// <summary>Follows the header's language link and checks the person is back on the page they were on.</summary>
    private static async Task SwitchAsync(IPage page, string language, string address)
    {
        var link = page.Locator($"header a[hreflang='{language}']");
        await link.ClickAsync();
        await page.Locator($"header a[hreflang='{(language == "es" ? "en" : "es")}']").WaitForAsync();
        var url = new Uri(page.Url);
        Assert.Equal(address, url.PathAndQuery);
    }
}
