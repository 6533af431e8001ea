using Border.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

public sealed class SignInAndOutTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("applicant")]
    [InlineData("officer")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task Each_demo_role_signs_in_lands_in_its_area_and_signs_out(string role)
    {
        var account = DemoAccount.Named(role);
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);

        await SignInSteps.SignInAsync(page, account);

        Assert.Equal(account.LandingPath, SignInSteps.PathOf(page.Url));
        await Expect(page.Locator("main")).ToContainTextAsync(account.Email);
        await Expect(page.Locator("header form[action='/account/sign-out'] button")).ToBeVisibleAsync();

        await SignInSteps.SignOutAsync(page);

        Assert.Equal("/", SignInSteps.PathOf(page.Url));
        await Expect(page.Locator("header form[action='/account/sign-out']")).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(account.Email);
        await page.GotoAsync(account.LandingPath);
        if (account.UsesAuthenticator)
        {
            // The area is closed again: the sign-in cookie is gone, not merely hidden.
            Assert.Equal("/account/sign-in", SignInSteps.PathOf(page.Url));
        }
    }
}
