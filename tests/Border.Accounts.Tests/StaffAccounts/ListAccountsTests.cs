using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.StaffAccounts;

public sealed class ListAccountsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Guid admin = Guid.CreateVersion7();

    private BorderHost Host => database.Host;

    [Fact]
    public async Task Pages_hold_50_newest_first_and_follow_on_without_gaps_or_repeats()
    {
        var invited = new List<Guid>();
        for (var i = 0; i < 53; i++)
        {
            invited.Add(await Host.InviteAsync($"paged{i:D2}@paging.test"));
        }

        var first = await Host.SendAsync(new ListAccounts("@PAGING.test", null, null, null));
        var second = await Host.SendAsync(new ListAccounts("@PAGING.test", null, null, first.NextAfter));

        Assert.Equal(50, first.Items.Count);
        Assert.NotNull(first.NextAfter);
        Assert.Equal(3, second.Items.Count);
        Assert.Null(second.NextAfter);
        Assert.Equal(Enumerable.Reverse(invited), first.Items.Concat(second.Items).Select(a => a.Id));
    }

    [Fact]
    public async Task Filters_find_by_part_of_the_address_role_and_status()
    {
        var applicant = await Host.RegisterApplicantAsync("maria@filters.test");
        var officer = await Host.InviteAsync("officer@filters.test");
        var supervisor = await Host.InviteAsync("supervisor@filters.test", Roles.Supervisor);
        var disabled = await Host.InviteAsync("disabled@filters.test", Roles.Supervisor);
        await Host.SendAsync(new DisableAccount(admin, disabled));
        await Host.SendInRequestAsync(new AcceptInvitation(
            supervisor, StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(supervisor))), StaffWorld.Password));
        var closed = await Host.RegisterApplicantAsync("closed@filters.test");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.Where(u => u.Id == closed)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ClosedAt, DateTimeOffset.UnixEpoch));
        }

        Assert.Equal([applicant], await IdsAsync("MARIA@", null, null));
        Assert.Equal([disabled, supervisor], await IdsAsync("@filters.test", Roles.Supervisor, null));
        Assert.Equal([supervisor, applicant], await IdsAsync("@filters.test", null, AccountState.Active));
        Assert.Equal([officer], await IdsAsync("@filters.test", null, AccountState.Invited));
        Assert.Equal([disabled], await IdsAsync("@filters.test", null, AccountState.Disabled));
        Assert.Equal([closed], await IdsAsync("@filters.test", null, AccountState.Closed));

        var row = (await Host.SendAsync(new ListAccounts("officer@filters.test", null, null, null))).Items.Single();
        Assert.Equal([Roles.Officer], row.Roles);
        Assert.Equal((AccountState.Invited, false), (row.Status, row.TwoFactorEnabled));
    }

    private async Task<IEnumerable<Guid>> IdsAsync(string? email, string? role, AccountState? state) =>
        (await Host.SendAsync(new ListAccounts(email, role, state, null))).Items.Select(a => a.Id);
}
