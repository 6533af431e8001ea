using Border.Testing;
using Border.Web.Tests.Support;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Hosting;

/// <summary>Two web nodes on one database: a recurring occurrence runs on one of them, once; the dashboard lists both nodes' servers.</summary>
public sealed class TwoNodeJobsTests : IAsyncLifetime
{
    private const string Probe = "two-nodes-probe";
    private Node? first;
    private Node? second;

    public async Task InitializeAsync()
    {
        first = new Node("node-a", null);
        await first.InitializeAsync();
        second = new Node("node-b", first.Database);
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)second!).DisposeAsync();
        await ((IAsyncLifetime)first!).DisposeAsync();
    }

    [Fact]
    public async Task A_due_recurring_occurrence_runs_once_and_the_dashboard_lists_both_nodes()
    {
        var admin = first!.CreateBrowserClient();
        second!.CreateBrowserClient();
        // Every minute: the next minute's occurrence is due on both nodes' schedulers at the same moment.
        first.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate(Probe, Job.FromExpression(() => ProbeJob.Run()), "* * * * *");

        var until = DateTime.UtcNow.AddSeconds(90);
        while (await OccurrencesAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < until, "No node ran the minute's occurrence within 90 s.");
            await Task.Delay(200);
        }

        // Both schedulers poll every half second: give each several more looks at the same minute.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1L, await OccurrencesAsync());

        await admin.SignInAsDemoAsync("admin@border.test");
        var servers = await admin.GetStringAsync("/admin/hangfire/servers");
        Assert.Contains("node-a-scheduling", servers, StringComparison.Ordinal);
        Assert.Contains("node-b-scheduling", servers, StringComparison.Ordinal);
    }

    private async Task<long> OccurrencesAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM hangfire.jobparameter WHERE name = 'RecurringJobId' AND value = '\"{Probe}\"'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(first!.Database));
        await connection.OpenAsync();
        return connection;
    }

    private sealed class Node(string name, string? database) : BorderWebApp(sharedDatabase: database)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Scheduler:NodeName", name),
            new("Scheduler:SchedulePollingInterval", "00:00:00.500"),
        ];
    }
}

public static class ProbeJob
{
    public static void Run()
    {
    }
}
