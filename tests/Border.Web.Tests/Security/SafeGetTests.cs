using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Security;

/// <summary>
/// A GET never changes what anybody owns: every GET route, opened by every role, leaves every table as it was,
/// but for the few that record that someone looked.
/// </summary>
public sealed class SafeGetTests : IAsyncLifetime
{
    /// <summary>Tables a GET may write, and why.</summary>
    private static readonly Dictionary<string, string> MayChange = new(StringComparer.Ordinal)
    {
        ["accounts.audit_entries"] = "audit entries: staff reading a person's data is recorded",
        ["scheduling.audit_entries"] = "audit entries",
        ["cases.audit_entries"] = "audit entries: staff reading a case, its files or the watch list is recorded",
        ["platform.audit_entries"] = "audit entries",
        ["notifications.notifications"] = "read markers: opening a notification marks it read",
        ["platform.data_protection_keys"] = "the key ring makes its first key when a form first needs one",
    };

    private readonly QuietApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Opening_every_get_route_as_every_role_changes_no_row_outside_the_allow_list()
    {
        var clients = new List<(string Role, HttpClient Client)> { ("anonymous", app.CreateBrowserClient()) };
        foreach (var email in new[] { "applicant@border.test", "officer@border.test", "supervisor@border.test", "admin@border.test" })
        {
            var client = app.CreateBrowserClient();
            await client.SignInAsDemoAsync(email);
            clients.Add((email, client));
        }

        await OutboxDelivery.DeliverAllAsync(app.Services);
        var routes = GetRoutes();
        Assert.Contains("/account/two-factor/setup", routes);
        var before = await ChecksumsAsync();

        var opened = 0;
        foreach (var (_, client) in clients)
        {
            foreach (var route in routes.OrderBy(r => r.Contains("sign-out", StringComparison.Ordinal)))
            {
                await client.GetAsync(route);
                opened++;
            }
        }

        await OutboxDelivery.DeliverAllAsync(app.Services);
        var after = await ChecksumsAsync();
        var changed = after.Where(t => !before.TryGetValue(t.Key, out var was) || was != t.Value).Select(t => t.Key).ToList();
        Assert.True(opened > 100, $"Only {opened} GETs were made.");
        Assert.True(changed.Count == 0, "Changed by a GET: " + string.Join(", ", changed));
    }

    private List<string> GetRoutes()
    {
        var routes = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            if ((isPage || methods?.Contains("GET") == true) && !pattern.Split('/')[^1].Contains('.', StringComparison.Ordinal))
            {
                routes.Add(RouteSamples.Fill(pattern));
            }
        }

        return [.. routes.Distinct()];
    }

    /// <summary>One checksum of every row of every table outside the allow-list.</summary>
    private async Task<Dictionary<string, string>> ChecksumsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !MayChange.ContainsKey(t) && !IsJobBookkeeping(t)))
        {
            // An outbox row's delivery bookkeeping (attempts, back-off, processed) moves with the dispatcher's retries,
            // not with a GET: what a GET must not do is write an event, so an outbox is compared by its events.
            var row = IsOutbox(table) ? "(t.id, t.type, t.payload, t.occurred_at)" : "t";
            await using var sum = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(md5({row}::text), '' ORDER BY md5({row}::text))), '') FROM {table} t", connection);
            sums[table] = (string)(await sum.ExecuteScalarAsync())!;
        }

        return sums;
    }

    private static bool IsOutbox(string table) => table.EndsWith(".outbox_messages", StringComparison.Ordinal);

    // Job heartbeats and locks: the scheduler's own tables.
    private static bool IsJobBookkeeping(string table) =>
        table.StartsWith("quartz.", StringComparison.Ordinal) || table.Contains(".qrtz_", StringComparison.Ordinal)
        || table.StartsWith("hangfire.", StringComparison.Ordinal);

    private sealed class QuietApp : BorderWebApp
    {
        // Nothing runs in the background to change rows while the GETs are counted.
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
            [new("Outbox:DispatchInBackground", "false"), new("Scheduler:Enabled", "false")];
    }
}
