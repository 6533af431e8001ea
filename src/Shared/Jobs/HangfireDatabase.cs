using Border.Shared.Persistence;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Shared.Jobs;

/// <summary>
/// Hangfire's schema as one more "module" of `migrate`: its own installer creates or upgrades the tables in
/// <see cref="Schema"/>, so web nodes never change the schema at start.
/// </summary>
internal sealed class HangfireDatabase : IModuleDatabase
{
    public const string Schema = "hangfire";

    /// <summary>The installer's version: a new Hangfire.PostgreSql with new scripts builds a new test template.</summary>
    private static readonly string Installer = typeof(PostgreSqlObjectsInstaller).Assembly.GetName().Version?.ToString() ?? "unknown";

    string IModuleDatabase.Schema => Schema;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, Schema);
    }

    public IReadOnlyList<string> Migrations(IServiceProvider services) => [$"Hangfire.PostgreSql {Installer}"];

    public string MigrationsScript(IServiceProvider services) => string.Empty;
}
