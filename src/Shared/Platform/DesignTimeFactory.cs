using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Shared.Platform;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<PlatformDbContext>(PlatformDbContext.Schema));
}
