using System.Diagnostics;
using Border.Testing;
using Npgsql;

namespace Border.Benchmarks;

/// <summary>
/// The server the benchmarks use (ConnectionStrings__Border, or the private PostgreSQL <c>./border db start</c>
/// runs), and one database of the run's own, cloned from the migrated template and dropped at the end.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private BenchmarkDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => TestDatabases.ConnectionStringFor(Name);

    public static async Task<BenchmarkDatabase> CreateAsync() => new(await TestDatabases.CreateAsync());

    public async ValueTask DisposeAsync() => await TestDatabases.DropAsync(Name);

    /// <summary>Starts the private PostgreSQL when nobody named another server and it is not running.</summary>
    public static async Task EnsureServerAsync()
    {
        if (await CanConnectAsync())
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("ConnectionStrings__Border") is not null)
        {
            throw new BenchmarkFailedException("ConnectionStrings__Border names a PostgreSQL server that cannot be reached.");
        }

        await StartPrivateServerAsync();
        if (!await CanConnectAsync())
        {
            throw new BenchmarkFailedException("The private PostgreSQL was started but cannot be reached.");
        }
    }

    private static async Task<bool> CanConnectAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionStringFor("postgres"))
        {
            Timeout = 5,
            Pooling = false,
        };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task StartPrivateServerAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "border");
        using var process = Process.Start(new ProcessStartInfo(script)
        {
            ArgumentList = { "db", "start" },
            WorkingDirectory = RepositoryRoot(),
            UseShellExecute = false,
        }) ?? throw new BenchmarkFailedException($"Could not run {script}.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"'{script} db start' exited with {process.ExitCode}.");
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Border.sln")))
            {
                return directory.FullName;
            }
        }

        throw new BenchmarkFailedException($"No Border.sln above {AppContext.BaseDirectory}.");
    }
}
