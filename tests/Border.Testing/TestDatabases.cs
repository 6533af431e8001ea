using System.Security.Cryptography;
using System.Text;
using Border.Shared.Persistence;
using Border.Web.Composition.Startup;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Testing;

/// <summary>
/// One migrated template database per set of migrations; every test class clones it
/// (CREATE DATABASE ... TEMPLATE ..., a fraction of a second) and drops its clone afterwards.
/// </summary>
public static class TestDatabases
{
    private const string TemplatePrefix = "border_test_template_";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? template;

    /// <summary>The server the tests use: ConnectionStrings__Border, or the private PostgreSQL ./border starts.</summary>
    public static string ServerConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Border")
        ?? "Host=127.0.0.1;Port=54329;Database=border;Username=border;Password=border-local-only";

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    public static async Task<string> CreateAsync()
    {
        var source = await EnsureTemplateAsync();
        var name = $"border_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    /// <summary>
    /// The template for this build's migrations. Its name carries their fingerprint (their ids and the SQL they run),
    /// so checkouts with other migrations (another branch, a clean clone) keep their own template on the same server.
    /// </summary>
    private static async Task<string> EnsureTemplateAsync()
    {
        if (template is not null)
        {
            return template;
        }

        await Gate.WaitAsync();
        try
        {
            if (template is not null)
            {
                return template;
            }

            string name;
            await using (var probe = BorderHost.ForDatabase("unused"))
            {
                name = TemplatePrefix + Fingerprint(probe.Services)[..16].ToLowerInvariant();
            }

            await using var server = await OpenServerAsync();
            // Test projects run in parallel processes: one of them builds the template, the others wait.
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(7301)", server))
            {
                await lockCommand.ExecuteNonQueryAsync();
            }

            if (await TemplateStateAsync(server, name) != Ready)
            {
                await using var host = BorderHost.ForDatabase(name);
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
                if (await host.App.MigrateAsync() != 0)
                {
                    throw new InvalidOperationException("Migrating the test template database failed.");
                }

                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"COMMENT ON DATABASE \"{name}\" IS '{Ready}'");
            }

            await ExecuteAsync(server, "SELECT pg_advisory_unlock(7301)");
            template = name;
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string Fingerprint(IServiceProvider services)
    {
        // The SQL too: a migration edited in place (not yet released) must not reuse a template built before the edit.
        var modules = services.GetServices<IModuleDatabase>().OrderBy(m => m.Schema, StringComparer.Ordinal);
        var migrations = modules.SelectMany(m => m.Migrations(services).Order().Append(m.MigrationsScript(services)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', migrations))));
    }

    /// <summary>Written on the template only once every migration ran: a half-built template is built again.</summary>
    private const string Ready = "migrated";

    private static async Task<string?> TemplateStateAsync(NpgsqlConnection server, string name)
    {
        await using var command = new NpgsqlCommand(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", server);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var server = await OpenServerAsync();
        await ExecuteAsync(server, sql);
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
