using System.Net;
using Border.Accounts.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Admin;

/// <summary>A two-factor reset ends the sessions the account already has at their next check (every minute).</summary>
public sealed class TwoFactorResetSessionTests(ClockedWebApp app) : IClassFixture<ClockedWebApp>
{
    [Fact]
    public async Task After_a_two_factor_reset_the_person_is_signed_out_and_must_set_it_up_again()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");

        await SendAsync(new ResetTwoFactor(await AdminIdAsync(), await TestAccounts.IdOfAsync(app.Services, "supervisor@border.test")));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Contains("/account/sign-in", (await supervisor.GetAsync("/staff")).Headers.Location!.ToString(), StringComparison.Ordinal);
        var signIn = await supervisor.SignInAsync("supervisor@border.test", SeedDemoAccounts.Password);
        Assert.Equal("/account/two-factor/setup", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/account/two-factor/setup", (await supervisor.GetAsync("/staff")).Headers.Location!.OriginalString);
    }

    private Task<Guid> AdminIdAsync() => TestAccounts.IdOfAsync(app.Services, "admin@border.test");

    private async Task SendAsync(IRequest<Unit> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
