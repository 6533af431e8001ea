using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Cases.Data;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<CasesDbContext>(CasesDbContext.Schema));
}
