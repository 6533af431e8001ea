using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Quartz.Extensibility;

namespace Border.Web.Tests.Hosting;

public sealed class SchedulerTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_scheduler_keeps_its_jobs_in_postgres_and_runs_clustered()
    {
        app.CreateBrowserClient();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var metadata = await scheduler.GetMetadata();

        Assert.True(metadata.JobStorePersistent);
        Assert.True(metadata.JobStoreClustered);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'outbox-cleanup'"));
        Assert.Contains(await scheduler.QueryClusterNodes(), node => node.InstanceId == scheduler.SchedulerInstanceId);
    }

    [Fact]
    public async Task A_job_run_is_recorded_in_the_execution_history_with_its_outcome()
    {
        app.CreateBrowserClient();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var history = app.Services.GetRequiredService<IExecutionHistoryStore>();
        var job = new JobKey("outbox-cleanup", "platform");

        await scheduler.TriggerJob(job);

        ExecutionHistoryEntry? run = null;
        for (var attempt = 0; attempt < 60 && run is null; attempt++)
        {
            var page = await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = job });
            run = page.Items.FirstOrDefault();
            if (run is null)
            {
                await Task.Delay(500);
            }
        }

        Assert.NotNull(run);
        Assert.True(run.Succeeded, run.ExceptionMessage);
        Assert.Equal(scheduler.SchedulerInstanceId, run.SchedulerInstanceId);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Border.Testing.TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
