using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.DemoAccounts;

public sealed class SeedDemoAccountsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Seeding_twice_creates_each_demo_account_once_with_its_role()
    {
        await database.Host.SendAsync(new SeedDemoAccounts());
        await database.Host.SendAsync(new SeedDemoAccounts());

        await using var scope = database.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        foreach (var (email, role) in SeedDemoAccounts.Accounts)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.True(user.EmailConfirmed);
        }

        Assert.Equal(4, await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.CountAsync());
    }

    [Fact]
    public async Task Demo_staff_have_two_factor_on_with_the_secret_the_readme_prints()
    {
        await database.Host.SendAsync(new SeedDemoAccounts());

        await using var scope = database.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        var officer = (await users.FindByEmailAsync("officer@border.test"))!;
        Assert.True(officer.TwoFactorEnabled);
        Assert.Equal(SeedDemoAccounts.StaffAuthenticatorKey, await users.GetAuthenticatorKeyAsync(officer));
        Assert.True(await users.VerifyTwoFactorTokenAsync(
            officer, users.Options.Tokens.AuthenticatorTokenProvider, await Totp.CodeAsync(SeedDemoAccounts.StaffAuthenticatorKey, "officer@border.test")));

        var applicant = (await users.FindByEmailAsync("applicant@border.test"))!;
        Assert.False(applicant.TwoFactorEnabled);
    }

    [Fact]
    public async Task The_demo_officer_and_supervisor_work_at_the_demo_home_port_and_the_admin_at_none()
    {
        await database.Host.SendAsync(new SeedDemoAccounts());

        await using var scope = database.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        foreach (var email in new[] { "officer@border.test", "supervisor@border.test" })
        {
            var user = (await users.FindByEmailAsync(email))!;
            Assert.Equal((SeedDemoAccounts.HomePort, "America/Los_Angeles"), (user.HomePort, user.HomePortTimeZone));
            Assert.Equal(new HomePort(SeedDemoAccounts.HomePort, "America/Los_Angeles"), await database.Host.SendAsync(new GetHomePort(user.Id)));
        }

        var admin = (await users.FindByEmailAsync("admin@border.test"))!;
        Assert.Null(admin.HomePort);
        Assert.Null(await database.Host.SendAsync(new GetHomePort(admin.Id)));
    }
}
