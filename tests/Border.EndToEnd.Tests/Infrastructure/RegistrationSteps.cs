using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>Filling in and sending the registration form, as a person would.</summary>
internal static class RegistrationSteps
{
    /// <summary>Long, not common, no composition rules: what the password hint asks for.</summary>
    public const string GoodPassword = "a long river of words";

    public static string NewEmail() => $"new-{Guid.NewGuid():N}@border.test";

    public static async Task RegisterAsync(IPage page, string email, string password, string culture = "en", bool acceptTerms = true)
    {
        await page.GotoAsync("/account/register");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator($"main input[name='Input.Culture'][value='{culture}']").CheckAsync();
        if (acceptTerms)
        {
            await page.Locator("#Input_AcceptedTerms").CheckAsync();
        }

        await page.Locator("main button[type=submit]").ClickAsync();
    }
}
