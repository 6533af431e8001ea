using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Persistence;

/// <summary>Options for dotnet-ef's design-time factories: the same provider and history table as at run time.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> For<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("ConnectionStrings__Border") ?? "Host=127.0.0.1;Port=54329;Database=border_design",
                npgsql => npgsql.MigrationsHistoryTable(ModuleDbContextRegistration.MigrationsHistoryTable, schema))
            .Options;
}
