using System.Net;
using Border.Accounts.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Admin;

/// <summary>Disabling an account reaches the sessions it already has at their next check (every minute); each class has its own clock.</summary>
public sealed class DisabledSessionTests(ClockedWebApp app) : IClassFixture<ClockedWebApp>
{
    [Fact]
    public async Task A_disabled_account_is_signed_out_everywhere_and_cannot_sign_in_again()
    {
        var officer = app.CreateBrowserClient();
        var supervisor = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/staff")).StatusCode);

        await SendAsync(new DisableAccount(await AdminIdAsync(), await TestAccounts.IdOfAsync(app.Services, "officer@border.test")));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var after = await officer.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
        // The session of an account nobody touched outlives the same check, second factor and all.
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/staff")).StatusCode);

        var again = await app.CreateBrowserClient().SignInAsync("officer@border.test", SeedDemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            "This account cannot be used to sign in. If you think this is a mistake, ask an administrator.",
            (await again.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        var guess = await app.CreateBrowserClient().SignInAsync("officer@border.test", "a guess at the password");
        Assert.Equal("The email address or password is not right. After several wrong tries in a row, an account is locked for 15 minutes.", (await guess.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
    }

    private Task<Guid> AdminIdAsync() => TestAccounts.IdOfAsync(app.Services, "admin@border.test");

    private async Task SendAsync(IRequest<Unit> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
