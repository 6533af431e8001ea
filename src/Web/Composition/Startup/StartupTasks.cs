using Border.Accounts.Contracts;
using Border.Shared.DataProtection;
using Border.Shared.Persistence;
using MediatR;
using Npgsql;

namespace Border.Web.Composition.Startup;

internal static class StartupTasks
{
    /// <summary>Applies every module's migrations, one schema after another. The `migrate` command.</summary>
    public static async Task<int> MigrateAsync(this WebApplication app)
    {
        if (!await app.CanReachDatabaseAsync())
        {
            return 2;
        }

        foreach (var module in app.Services.GetServices<IModuleDatabase>())
        {
            await module.MigrateAsync(app.Services, CancellationToken.None);
            app.Logger.LogInformation("Migrated schema {Schema}", module.Schema);
        }

        return 0;
    }

    /// <summary>One clear message and a non-zero exit, rather than a stack trace, when PostgreSQL is not there.</summary>
    public static async Task<bool> CanReachDatabaseAsync(this WebApplication app)
    {
        var connectionString = BorderDatabase.ConnectionString(app.Configuration);
        try
        {
            await using var command = app.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await Console.Error.WriteLineAsync(
                $"Border cannot reach PostgreSQL at {BorderDatabase.Describe(connectionString)}: {ex.Message}\n" +
                "Start the private database with './border db start', or set ConnectionStrings__Border to a reachable server.");
            return false;
        }
    }

    /// <summary>
    /// Outside Development and tests, the Data Protection keys (which protect sign-in cookies and stored files)
    /// must be encrypted at rest: without the certificate Border says why in one line and does not start.
    /// </summary>
    public static bool KeysAreProtected(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing")
            || app.Services.GetRequiredService<KeyRingCertificate>().Problem is not { } problem)
        {
            return true;
        }

        Console.Error.WriteLine($"Border will not start in {app.Environment.EnvironmentName}: {problem}; the Data Protection keys must be encrypted with a certificate.");
        return false;
    }

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedDemoAccounts());
    }
}
