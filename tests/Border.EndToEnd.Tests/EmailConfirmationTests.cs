using System.Text.RegularExpressions;
using Border.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>The confirmation email really leaves through the background jobs and SMTP, and its link works in the browser.</summary>
public sealed partial class EmailConfirmationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task A_new_applicant_confirms_their_address_from_the_email_in_spanish_without_javascript()
    {
        var email = RegistrationSteps.NewEmail();
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);
        await page.GotoAsync("/language/es?returnUrl=/");
        await RegistrationSteps.RegisterAsync(page, email, RegistrationSteps.GoodPassword, culture: "es");
        await SignInSteps.WaitForPathAsync(page, "/account/check-email");
        await Expect(page.Locator("main .lead")).ToContainTextAsync(email);
        await SignInSteps.SubmitPasswordAsync(page, email, RegistrationSteps.GoodPassword);
        await SignInSteps.WaitForPathAsync(page, "/");
        await Expect(page.Locator("main .notice h2")).ToHaveTextAsync("Confirme su correo electrónico");

        var message = await site.WaitForEmailAsync(email);

        Assert.Equal("Confirme su correo electrónico", message.Message.Subject);
        var link = ConfirmationLink().Match(message.Message.Single("text/plain").Text).Value;
        Assert.StartsWith(site.Address.ToString().TrimEnd('/'), link, StringComparison.Ordinal);
        await page.GotoAsync(link);
        // Opening the link confirms nothing (mail scanners follow links); the button does.
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Confirme su correo electrónico");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Su correo electrónico está confirmado");
        await page.GotoAsync("/");
        await Expect(page.Locator("main .notice")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"https://[^\s]+/account/confirm-email\?user=[0-9a-f-]+&code=[A-Za-z0-9_-]+")]
    internal static partial Regex ConfirmationLink();
}
