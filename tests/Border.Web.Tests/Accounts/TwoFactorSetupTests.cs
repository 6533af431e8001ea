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
        var setup = await TwoFactorSetupSteps.StartAsync(client);
        Assert.NotNull(setup.QuerySelector(".qr svg[role=img][aria-label]"));
        var key = TwoFactorSetupSteps.KeyOn(setup);

        var wrong = await (await TwoFactorSetupSteps.SendCodeAsync(client, setup, "000000")).ParseAsync();
        Assert.NotNull(wrong.QuerySelector(".error-summary a[href='#Input_Code']"));
        Assert.Equal(key, TwoFactorSetupSteps.KeyOn(wrong));
        var on = await TwoFactorSetupSteps.SendCodeAsync(client, wrong, await Totp.CodeAsync(key, "twostep"));

        var codes = (await on.ParseAsync()).QuerySelectorAll(".codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        var signIn = await app.CreateBrowserClient().SignInAsync("twostep@example.test", Password);
        Assert.StartsWith("/account/two-factor", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var fresh = app.CreateBrowserClient();
        await fresh.SignInAsync("twostep@example.test", Password);
        var withApp = await fresh.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = await Totp.CodeAsync(key, "twostep") });
        Assert.Equal("/", withApp.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var client = await RegisterAsync("recovery@example.test");
        var (_, on) = await TwoFactorSetupSteps.TurnOnAsync(client, "recovery");
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
        await TwoFactorSetupSteps.TurnOnAsync(client, "off");

        var refused = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Password"] = "not my password at all" });
        var off = await client.PostFormAsync("/account/two-factor/setup", new Dictionary<string, string> { ["Input.Password"] = Password });

        Assert.Equal("Your password is not right.", (await refused.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal("/account/two-factor/setup?off=true", off.Headers.Location!.OriginalString);
        Assert.Equal("/", (await app.CreateBrowserClient().SignInAsync("off@example.test", Password)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Opening_the_setup_page_changes_nothing_and_a_key_is_stored_only_with_a_right_code()
    {
        var client = await RegisterAsync("lookonly@example.test");
        var before = await StampAndKeyAsync("lookonly@example.test");

        var opened = await client.GetPageAsync("/account/two-factor/setup");
        var started = await TwoFactorSetupSteps.StartAsync(client);
        await TwoFactorSetupSteps.SendCodeAsync(client, started, "000000");

        Assert.Null(opened.QuerySelector("code.key"));
        Assert.Equal(before, await StampAndKeyAsync("lookonly@example.test"));
        Assert.Null(before.Key);
    }

    private async Task<(string? Stamp, string? Key)> StampAndKeyAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT u.security_stamp, (SELECT t.value FROM accounts.user_tokens t WHERE t.user_id = u.id AND t.name = 'AuthenticatorKey') FROM accounts.users u WHERE u.email = @email",
            connection);
        command.Parameters.AddWithValue("email", email);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

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
