using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Accounts.Tests.StaffAccounts;

public sealed class AuditLogTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private BorderHost Host => database.Host;

    [Theory]
    [InlineData("UPDATE accounts.audit_entries SET action = 'accounts.nothing-happened'")]
    [InlineData("UPDATE accounts.audit_entries SET \"after\" = NULL")]
    [InlineData("DELETE FROM accounts.audit_entries")]
    [InlineData("TRUNCATE accounts.audit_entries")]
    public async Task No_one_can_change_or_delete_what_the_audit_log_says(string sql)
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");
        await Host.SendAsync(new DisableAccount(Guid.CreateVersion7(), id));
        var written = await Host.AuditOfAsync(id);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        var after = await Host.AuditOfAsync(id);
        Assert.Equal(
            written.Select(a => (a.Id, a.Action, a.Before, a.After)),
            after.Select(a => (a.Id, a.Action, a.Before, a.After)));
        Assert.Equal([AccountAuditActions.StaffInvited, AccountAuditActions.Disabled], after.Select(a => a.Action));
    }
}
