using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Validation;
using Border.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.StaffAccounts;

/// <summary>Roles, disabling and two-factor resets: each rule, and each change audited with the state before and after.</summary>
public sealed class AdminActionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Guid admin = Guid.CreateVersion7();

    private BorderHost Host => database.Host;

    [Fact]
    public async Task Giving_a_staff_role_is_audited_with_the_roles_before_and_after()
    {
        var id = await Host.InviteAsync("gets.role@example.test");

        await Host.SendAsync(new AddRole(admin, id, Roles.Admin));

        Assert.Equal([Roles.Officer, Roles.Admin], await RolesOfAsync(id));
        var entry = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal((admin, id, AccountAuditActions.RoleAdded), (entry.ActorId, entry.SubjectId, entry.Action));
        Assert.Equal([Roles.Officer], StaffWorld.State(entry.Before)!.Roles);
        Assert.Equal([Roles.Officer, Roles.Admin], StaffWorld.State(entry.After)!.Roles);
    }

    [Fact]
    public async Task An_applicants_account_cannot_be_given_a_staff_role()
    {
        var id = await Host.RegisterApplicantAsync("applicant.role@example.test");

        var refused = await RefusedAsync(new AddRole(admin, id, Roles.Officer));

        Assert.Equal("An applicant's account cannot have a staff role. Invite the person with their work email address instead.", refused);
        Assert.Equal([Roles.Applicant], await RolesOfAsync(id));
        Assert.Empty(await Host.AuditOfAsync(id));
    }

    [Theory]
    [InlineData(Roles.Officer, "This account already has that role.")]
    [InlineData(Roles.Applicant, "Choose a staff role: Officer, Supervisor or Administrator.")]
    [InlineData("Root", "Choose a staff role: Officer, Supervisor or Administrator.")]
    public async Task Only_a_staff_role_the_account_lacks_can_be_given(string role, string message)
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");

        Assert.Equal(message, await RefusedAsync(new AddRole(admin, id, role)));
        Assert.Single(await Host.AuditOfAsync(id));
    }

    [Fact]
    public async Task Removing_a_role_is_audited_with_the_roles_before_and_after()
    {
        var id = await Host.InviteAsync("loses.role@example.test", Roles.Supervisor);
        await Host.SendAsync(new AddRole(admin, id, Roles.Officer));

        await Host.SendAsync(new RemoveRole(admin, id, Roles.Supervisor));

        Assert.Equal([Roles.Officer], await RolesOfAsync(id));
        var entry = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal(AccountAuditActions.RoleRemoved, entry.Action);
        Assert.Equal([Roles.Officer, Roles.Supervisor], StaffWorld.State(entry.Before)!.Roles);
        Assert.Equal([Roles.Officer], StaffWorld.State(entry.After)!.Roles);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var self = await Host.InviteAsync("self.admin@example.test", Roles.Admin);
        await Host.SendAsync(new AddRole(admin, self, Roles.Officer));

        Assert.Equal("You cannot remove your own Administrator role. Ask another administrator.", await RefusedAsync(new RemoveRole(self, self, Roles.Admin)));
        Assert.Equal([Roles.Officer, Roles.Admin], await RolesOfAsync(self));

        await Host.SendAsync(new RemoveRole(admin, self, Roles.Admin));
        Assert.Equal([Roles.Officer], await RolesOfAsync(self));
    }

    [Fact]
    public async Task The_last_role_and_a_role_not_held_cannot_be_removed()
    {
        var id = await Host.InviteAsync("one.role@example.test");

        Assert.Equal("An account needs at least one role. Disable the account instead.", await RefusedAsync(new RemoveRole(admin, id, Roles.Officer)));
        Assert.Equal("This account does not have that role.", await RefusedAsync(new RemoveRole(admin, id, Roles.Supervisor)));
        Assert.Equal([Roles.Officer], await RolesOfAsync(id));
    }

    [Fact]
    public async Task Disabling_dates_the_account_locks_it_ends_its_sessions_and_is_audited()
    {
        var id = await Host.RegisterApplicantAsync("to.disable@example.test");
        var before = await Host.UserAsync(id);

        await Host.SendAsync(new DisableAccount(admin, id));

        var after = await Host.UserAsync(id);
        Assert.NotNull(after.DisabledAt);
        Assert.Equal(DateTimeOffset.MaxValue, after.LockoutEnd);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        var entry = Assert.Single(await Host.AuditOfAsync(id));
        Assert.Equal((admin, AccountAuditActions.Disabled), (entry.ActorId, entry.Action));
        Assert.False(StaffWorld.State(entry.Before)!.Disabled);
        Assert.True(StaffWorld.State(entry.After)!.Disabled);
        Assert.Equal(AccountState.Disabled, (await Host.SendAsync(new GetAccount(id)))!.Status);
    }

    [Fact]
    public async Task Disabling_tells_the_other_modules_through_the_outbox_with_the_account_and_the_admin()
    {
        var id = await Host.InviteAsync("to.release@example.test");

        await Host.SendAsync(new DisableAccount(admin, id));

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var told = await db.Set<Border.Shared.Outbox.OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == Border.Shared.Outbox.IntegrationEventRegistry.NameOf<AccountDisabled>()).Select(m => m.Payload).ToListAsync();
        var disabled = Assert.Single(told.Select(p => System.Text.Json.JsonSerializer.Deserialize<AccountDisabled>(p)!), e => e.UserId == id);
        Assert.Equal(admin, disabled.ActorId);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_nor_disable_twice()
    {
        var self = await Host.InviteAsync("self.disable@example.test", Roles.Admin);
        var other = await Host.InviteAsync("twice.disable@example.test");
        await Host.SendAsync(new DisableAccount(admin, other));

        Assert.Equal("You cannot disable your own account. Ask another administrator.", await RefusedAsync(new DisableAccount(self, self)));
        Assert.Equal("This account is already disabled.", await RefusedAsync(new DisableAccount(admin, other)));
        Assert.Null((await Host.UserAsync(self)).DisabledAt);
        Assert.Equal(2, (await Host.AuditOfAsync(other)).Count);
    }

    [Fact]
    public async Task Enabling_again_lifts_the_lock_and_is_audited()
    {
        var id = await Host.RegisterApplicantAsync("to.enable@example.test");
        Assert.Equal("This account is not disabled.", await RefusedAsync(new EnableAccount(admin, id)));
        await Host.SendAsync(new DisableAccount(admin, id));

        await Host.SendAsync(new EnableAccount(admin, id));

        var user = await Host.UserAsync(id);
        Assert.Null(user.DisabledAt);
        Assert.Null(user.LockoutEnd);
        var entry = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal(AccountAuditActions.Enabled, entry.Action);
        Assert.True(StaffWorld.State(entry.Before)!.Disabled);
        Assert.False(StaffWorld.State(entry.After)!.Disabled);
    }

    [Fact]
    public async Task Resetting_two_factor_turns_it_off_forgets_the_key_and_codes_ends_sessions_and_is_audited()
    {
        var id = await Host.RegisterApplicantAsync("lost.phone@example.test");
        string? oldKey;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
            var user = await users.FindByIdAsync(id.ToString());
            await users.ResetAuthenticatorKeyAsync(user!);
            await users.SetTwoFactorEnabledAsync(user!, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 10);
            oldKey = await users.GetAuthenticatorKeyAsync(user!);
        }

        var stamp = (await Host.UserAsync(id)).SecurityStamp;

        await Host.SendAsync(new ResetTwoFactor(admin, id));

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
            var user = await users.FindByIdAsync(id.ToString());
            Assert.False(user!.TwoFactorEnabled);
            Assert.Null(await users.GetAuthenticatorKeyAsync(user));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
            Assert.NotEqual(stamp, user.SecurityStamp);
        }

        var entry = Assert.Single(await Host.AuditOfAsync(id));
        Assert.Equal(AccountAuditActions.TwoFactorReset, entry.Action);
        Assert.True(StaffWorld.State(entry.Before)!.TwoFactor);
        Assert.False(StaffWorld.State(entry.After)!.TwoFactor);
        // The log says what changed, never a secret.
        Assert.DoesNotContain(oldKey!, entry.Before + entry.After, StringComparison.Ordinal);
        Assert.Equal("Two-step sign-in is not on for this account, so there is nothing to reset.", await RefusedAsync(new ResetTwoFactor(admin, id)));
    }

    [Fact]
    public async Task A_closed_account_cannot_be_changed_and_an_unknown_one_is_refused()
    {
        var id = await Host.InviteAsync("closed.staff@example.test");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users
                .Where(u => u.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ClosedAt, DateTimeOffset.UnixEpoch));
        }

        const string Closed = "This account is closed. Nothing about it can be changed.";
        Assert.Equal(Closed, await RefusedAsync(new AddRole(admin, id, Roles.Admin)));
        Assert.Equal(Closed, await RefusedAsync(new DisableAccount(admin, id)));
        Assert.Equal(Closed, await RefusedAsync(new ResendInvitation(admin, id)));
        Assert.Equal("This account does not exist.", await RefusedAsync(new DisableAccount(admin, Guid.CreateVersion7())));
        Assert.Equal(AccountState.Closed, (await Host.SendAsync(new GetAccount(id)))!.Status);
    }

    [Fact]
    public async Task Refusals_are_in_the_admins_language()
    {
        var id = await Host.InviteAsync("spanish.refusal@example.test");

        var refused = await StaffWorld.InSpanishAsync(() => RefusedAsync(new RemoveRole(admin, id, Roles.Officer)));

        Assert.Equal("Una cuenta necesita al menos un rol. Desactive la cuenta en su lugar.", refused);
    }

    [Fact]
    public async Task The_account_page_shows_the_history_newest_first_with_who_acted()
    {
        var actor = await Host.InviteAsync("acting.admin@example.test", Roles.Admin);
        var id = await Host.InviteAsync("with.history@example.test", actor: actor);
        await Host.SendAsync(new AddRole(actor, id, Roles.Supervisor));

        var account = await Host.SendAsync(new GetAccount(id));

        Assert.Equal([AccountAuditActions.RoleAdded, AccountAuditActions.StaffInvited], account!.History.Select(h => h.Action));
        Assert.All(account.History, h => Assert.Equal("acting.admin@example.test", h.ActorEmail));
        Assert.Equal([Roles.Officer, Roles.Supervisor], account.History[0].After!.Roles);
    }

    private async Task<string> RefusedAsync<T>(MediatR.IRequest<T> request)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.SendAsync(request));
        var failure = Assert.Single(refused.Failures);
        Assert.Equal("Confirm", failure.Field);
        return failure.Message;
    }

    private async Task<IReadOnlyList<string>> RolesOfAsync(Guid id) =>
        (await Host.SendAsync(new GetAccount(id)))!.Roles;
}
