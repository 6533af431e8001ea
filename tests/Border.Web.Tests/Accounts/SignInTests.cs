using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Accounts;

public sealed class SignInTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_wrong_password_gives_a_localized_error_and_keeps_the_email()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.SignInAsync("applicant@border.test", "not the password at all");
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El correo electrónico o la contraseña no son correctos.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("applicant@border.test", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password_and_say_so_as_for_any_address()
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "locked@example.test",
            ["Input.Password"] = "a long river of words",
            ["Input.AcceptedTerms"] = "true",
        });

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync("locked@example.test", "wrong password here");
        }

        var response = await client.SignInAsync("locked@example.test", "a long river of words");
        var unknown = await client.SignInAsync("nobody-at-all@example.test", "a long river of words");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("an account is locked for 15 minutes", message, StringComparison.Ordinal);
        Assert.Equal(message, (await unknown.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        var client = app.CreateBrowserClient();

        var unknown = await (await client.SignInAsync("nobody@example.test", "whatever it may be")).ParseAsync();
        var wrong = await (await client.SignInAsync("applicant@border.test", "whatever it may be")).ParseAsync();

        Assert.Equal(wrong.QuerySelector(".error-summary")!.TextContent, unknown.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task After_signing_in_a_person_is_taken_back_to_a_local_page_only()
    {
        var client = app.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = "applicant@border.test",
            ["Input.Password"] = Border.Accounts.Contracts.SeedDemoAccounts.Password,
        });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
