using Xunit;

namespace Border.Testing;

/// <summary>A class fixture: one cloned database and one Border host per test class.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private string? database;
    private BorderHost? host;

    public BorderHost Host => host ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string Database => database ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(database);
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (database is not null)
        {
            await TestDatabases.DropAsync(database);
        }
    }
}
