using Border.Accounts.Contracts;
using Border.Testing;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>What a person does on the account pages, through the real forms.</summary>
internal static class SignInSteps
{
    /// <summary>Password, then (staff) the authenticator code; waits until the role's landing page.</summary>
    /// <param name="siteClock">The site's clock when it is not the real one: the code is then for the site's time.</param>
    public static async Task SignInAsync(IPage page, DemoAccount account, TimeProvider? siteClock = null)
    {
        await SubmitPasswordAsync(page, account.Email, DemoAccount.Password);
        if (account.UsesAuthenticator)
        {
            await WaitForPathAsync(page, "/account/two-factor");
            await page.Locator("#Input_Code").FillAsync(siteClock is null
                ? await Totp.CodeAsync(SeedDemoAccounts.StaffAuthenticatorKey, $"{new Uri(page.Url).Authority}|{account.Email}")
                : Totp.CodeAt(SeedDemoAccounts.StaffAuthenticatorKey, siteClock.GetUtcNow()));
            await page.Locator("main button[type=submit]").ClickAsync();
        }

        await WaitForPathAsync(page, account.LandingPath);
    }

    public static async Task SubmitPasswordAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
    }

    /// <summary>
    /// The sign-out button in the header posts a form; done once the header offers "Sign in" again (the URL
    /// alone cannot tell: an applicant signs out from "/" and lands on "/").
    /// </summary>
    public static async Task SignOutAsync(IPage page)
    {
        await page.Locator("header form[action='/account/sign-out'] button").ClickAsync();
        await page.Locator("header a[href='/account/sign-in']").WaitForAsync();
    }

    /// <summary>
    /// Waits until the browser is on the path; a timeout says where the person is stuck and what they see.
    /// It polls the address rather than awaiting a navigation event: after a POST-redirect-GET the event
    /// can come before the wait begins, and then it never resolves although the page is there.
    /// </summary>
    public static async Task WaitForPathAsync(IPage page, string path)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (PathOf(page.Url) == path)
            {
                return;
            }

            await Task.Delay(100);
        }

        var seen = await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 });
        throw new TimeoutException($"Expected {path} but stayed on {page.Url}, showing:\n{seen}");
    }

    public static string PathOf(string url) => new Uri(url).AbsolutePath;
}
