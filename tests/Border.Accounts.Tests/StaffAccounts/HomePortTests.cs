using System.Security.Claims;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Validation;
using Border.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.StaffAccounts;

/// <summary>An admin sets a staff member's home port: kept with its zone, in the sign-in cookie's claims, audited.</summary>
public sealed class HomePortTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Guid admin = Guid.CreateVersion7();

    private BorderHost Host => database.Host;

    [Fact]
    public async Task Setting_a_home_port_keeps_its_zone_and_is_audited_before_and_after()
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");

        await Host.SendAsync(new SetHomePort(admin, id, "nogales"));

        var user = await Host.UserAsync(id);
        Assert.Equal(("nogales", "America/Phoenix"), (user.HomePort, user.HomePortTimeZone));
        Assert.Equal("nogales", (await Host.SendAsync(new GetAccount(id)))!.HomePort);
        var entry = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal((admin, AccountAuditActions.HomePortSet), (entry.ActorId, entry.Action));
        Assert.Null(StaffWorld.State(entry.Before)!.HomePort);
        Assert.Equal("nogales", StaffWorld.State(entry.After)!.HomePort);
    }

    [Fact]
    public async Task Clearing_the_home_port_leaves_none_and_is_audited()
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test", Roles.Supervisor);
        await Host.SendAsync(new SetHomePort(admin, id, "laredo"));

        await Host.SendAsync(new SetHomePort(admin, id, null));

        Assert.Null(await Host.SendAsync(new GetHomePort(id)));
        var entry = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal(("laredo", (string?)null), (StaffWorld.State(entry.Before)!.HomePort, StaffWorld.State(entry.After)!.HomePort));
    }

    [Fact]
    public async Task An_unknown_port_is_refused_and_nothing_changes()
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.SendAsync(new SetHomePort(admin, id, "atlantis")));

        Assert.Equal("Choose a port from the list.", Assert.Single(refused.Failures).Message);
        Assert.Null(await Host.SendAsync(new GetHomePort(id)));
        Assert.Single(await Host.AuditOfAsync(id));
    }

    [Fact]
    public async Task An_applicant_has_no_home_port()
    {
        var id = await Host.RegisterApplicantAsync($"{Guid.NewGuid():N}@example.test");

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.SendAsync(new SetHomePort(admin, id, "laredo")));

        Assert.Equal("Only a staff account has a home port.", Assert.Single(refused.Failures).Message);
        Assert.Empty(await Host.AuditOfAsync(id));
    }

    [Fact]
    public async Task The_sign_in_cookie_carries_the_home_port_and_its_zone()
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");
        await Host.SendAsync(new SetHomePort(admin, id, "el-paso"));

        await using var scope = Host.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>().FindByIdAsync(id.ToString()))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<BorderUser>>().CreateAsync(user);

        Assert.Equal(new HomePort("el-paso", "America/Denver"), HomePort.Of(principal));
        Assert.Null(HomePort.Of(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
