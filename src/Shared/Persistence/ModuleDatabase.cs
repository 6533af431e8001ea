using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Shared.Persistence;

internal sealed class ModuleDatabase<TContext>(string schema) : IModuleDatabase
    where TContext : DbContext
{
    public string Schema => schema;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
    }

    public IReadOnlyList<string> Migrations(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<TContext>().Database.GetMigrations()];
    }

    public string MigrationsScript(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().GetService<IMigrator>().GenerateScript();
    }
}
