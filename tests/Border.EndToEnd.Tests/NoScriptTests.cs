using Border.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>Every applicant task works as plain HTML forms: these run in a browser with JavaScript turned off.</summary>
public sealed class NoScriptTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task An_applicant_signs_in_and_out_without_JavaScript()
    {
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);

        await SignInSteps.SignInAsync(page, DemoAccount.Applicant);
        await Expect(page.Locator("main")).ToContainTextAsync(DemoAccount.Applicant.Email);

        await SignInSteps.SignOutAsync(page);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(DemoAccount.Applicant.Email);
    }

    [Fact]
    public async Task A_new_applicant_registers_and_signs_in_without_JavaScript()
    {
        var email = RegistrationSteps.NewEmail();
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);

        await RegistrationSteps.RegisterAsync(page, email, RegistrationSteps.GoodPassword);

        await SignInSteps.WaitForPathAsync(page, "/account/check-email");
        await Expect(page.Locator("main .lead")).ToContainTextAsync(email);
        await page.Locator("main a.button[href='/account/sign-in']").ClickAsync();
        await SignInSteps.WaitForPathAsync(page, "/account/sign-in");
        await SignInSteps.SubmitPasswordAsync(page, email, RegistrationSteps.GoodPassword);
        await SignInSteps.WaitForPathAsync(page, "/");
        await Expect(page.Locator("main")).ToContainTextAsync(email);
    }

    [Fact]
    public async Task A_refused_registration_comes_back_as_HTML_with_the_errors_and_what_was_typed()
    {
        var email = RegistrationSteps.NewEmail();
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);

        await RegistrationSteps.RegisterAsync(page, email, "too short");

        await page.Locator(".error-summary").WaitForAsync();
        Assert.Equal("/account/register", SignInSteps.PathOf(page.Url));
        await Expect(page.Locator(".error-summary a[href='#Input_Password']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(email);
        await Expect(page.Locator("#Input_AcceptedTerms")).ToBeCheckedAsync();
    }
}
