using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;
using Npgsql;

namespace Border.Web.Tests.Health;

public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly TcpProxy proxy = new(new NpgsqlConnectionStringBuilder(TestDatabases.ServerConnectionString).Port);
    private ProxiedApp? app;

    public async Task InitializeAsync()
    {
        proxy.Start();
        app = new ProxiedApp(proxy.Port);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app!).DisposeAsync();
        await proxy.DisposeAsync();
    }

    [Fact]
    public async Task Liveness_answers_without_asking_the_database()
    {
        var client = app!.CreateBrowserClient();
        proxy.Stop();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        proxy.Start();
    }

    [Fact]
    public async Task Readiness_is_503_while_postgres_is_down_and_200_again_when_it_is_back_without_a_restart()
    {
        var client = app!.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, HttpStatusCode.OK));

        proxy.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await EventuallyAsync(client, HttpStatusCode.ServiceUnavailable));

        proxy.Start();
        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, HttpStatusCode.OK));
    }

    // Bounded polling: the scheduler's own check notices a lost store on its next round.
    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.InternalServerError;
        for (var attempt = 0; attempt < 60 && status != wanted; attempt++)
        {
            status = (await client.GetAsync("/health/ready")).StatusCode;
            if (status != wanted)
            {
                await Task.Delay(500);
            }
        }

        return status;
    }

    private sealed class ProxiedApp(int port) : BorderWebApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("ConnectionStrings:Border", new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionStringFor(Database)) { Port = port }.ConnectionString),
        ];
    }
}
