using System.Net;
using Border.Testing;
using Border.Web.Composition.Layout;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// The test's own database refuses every connection (its sessions killed, new ones not allowed), as during an
/// outage; the site in Production then answers a signed-in person with a static 503 page in their language.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly BorderWebApp app = new("Production");

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_signed_in_person_gets_a_503_page_in_their_language_with_retry_after_and_the_site_comes_back()
    {
        var person = await Applicants.RegisterAsync(app, $"{Guid.NewGuid():N}@example.test", "en");
        await person.GetAsync("/language/es?returnUrl=/");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/")).StatusCode);

        await using (await Outage.BeginAsync(app.Database))
        {
            foreach (var path in new[] { "/", "/notifications", "/appointments" })
            {
                var response = await person.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal(TimeSpan.FromMinutes(2), response.Headers.RetryAfter!.Delta);
                var page = await response.ParseAsync();
                Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
                Assert.Equal("El servicio tiene problemas", page.QuerySelector("h1")!.TextContent);
            }

            // The header's counts are the part of every page that degrades instead of failing.
            var counts = app.Services.GetRequiredService<HeaderCountReader>();
            Assert.Null(await counts.ReadAsync(Guid.NewGuid(), CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/")).StatusCode);
    }

    /// <summary>Kills the database's connections and refuses new ones until disposed.</summary>
    private sealed class Outage(string database) : IAsyncDisposable
    {
        public static async Task<Outage> BeginAsync(string database)
        {
            await ExecuteAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false");
            await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
            return new Outage(database);
        }

        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");
            NpgsqlConnection.ClearAllPools();
        }

        private static async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
