using Border.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Border.Scheduling.Data;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SchedulingDbContext>
{
    public SchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SchedulingDbContext>(SchedulingDbContext.Schema));
}
