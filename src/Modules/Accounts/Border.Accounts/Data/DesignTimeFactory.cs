using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Accounts.Data;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<AccountsDbContext>(AccountsDbContext.Schema));
}
