using Border.Testing;
using Border.Web.Tests.Support;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Hosting;

/// <summary>Hangfire on Border's PostgreSQL: every job recurring on its queue, outcomes kept, failures with their stack trace.</summary>
public sealed class JobsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("allocation", "scheduling", "0 12 * * *", "America/New_York")]
    [InlineData("offer-expiry", "scheduling", "* * * * *", "UTC")]
    [InlineData("deadline-reminder", "scheduling", "* * * * *", "UTC")]
    [InlineData("passed-over", "scheduling", "* * * * *", "UTC")]
    [InlineData("email-delivery", "email", "* * * * *", "UTC")]
    [InlineData("policy-fan-out", "bulk", "* * * * *", "UTC")]
    [InlineData("outbox-cleanup", "default", "30 3 * * *", "UTC")]
    [InlineData("cases-close-unanswered", "default", "* * * * *", "UTC")]
    [InlineData("cases-document-reminders", "default", "* * * * *", "UTC")]
    [InlineData("cases-return-unattended-answers", "default", "* * * * *", "UTC")]
    public void Every_job_is_recurring_in_the_hangfire_schema_on_its_queue(string id, string queue, string cron, string zone)
    {
        app.CreateBrowserClient();
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs([id]).Single();

        Assert.Equal(cron, job.Cron);
        Assert.Equal(queue, job.Job.Queue);
        Assert.Equal(zone, job.TimeZoneId);
    }

    [Fact]
    public void Each_queue_group_has_a_server_of_its_own_on_this_node()
    {
        app.CreateBrowserClient();

        var servers = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers();

        Assert.Contains(servers, s => s.Queues.SequenceEqual(["scheduling"]));
        Assert.Contains(servers, s => s.Queues.SequenceEqual(["email"]));
        Assert.Contains(servers, s => s.Queues.SequenceEqual(["bulk", "default"]));
    }

    [Fact]
    public async Task A_triggered_job_succeeds_and_is_kept_for_seven_days()
    {
        app.CreateBrowserClient();
        var id = app.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob("outbox-cleanup");

        await JobWaits.StateAsync(app.Services, id, SucceededState.StateName);

        var expireAt = await ScalarAsync<DateTime>($"SELECT expireat FROM hangfire.job WHERE id = {id}");
        Assert.InRange(expireAt - DateTime.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));
    }

    [Fact]
    public async Task A_failed_job_keeps_its_exception_and_stack_trace()
    {
        app.CreateBrowserClient();
        var id = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue("default", () => FailingJob.Run());

        var failed = await JobWaits.StateAsync(app.Services, id, FailedState.StateName);

        Assert.Equal(typeof(InvalidOperationException).FullName, failed.Data["ExceptionType"]);
        Assert.Contains(nameof(FailingJob.Run), failed.Data["ExceptionDetails"], StringComparison.Ordinal);
        Assert.Contains(" at ", failed.Data["ExceptionDetails"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draw_triggered_twice_runs_once_for_its_date()
    {
        app.CreateBrowserClient();
        var manager = app.Services.GetRequiredService<IRecurringJobManagerV2>();

        var first = manager.TriggerJob("allocation");
        await JobWaits.StateAsync(app.Services, first, SucceededState.StateName);
        var second = manager.TriggerJob("allocation");
        await JobWaits.StateAsync(app.Services, second, SucceededState.StateName);

        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM scheduling.allocation_runs"));
    }

    [Fact]
    public async Task An_email_queued_enqueues_a_delivery_at_once_rather_than_waiting_for_the_sweep()
    {
        app.CreateBrowserClient();
        const string kicked = """
            SELECT count(*) FROM hangfire.job j WHERE j.invocationdata::text LIKE '%EmailDeliveryJob%'
              AND NOT EXISTS (SELECT 1 FROM hangfire.jobparameter p WHERE p.jobid = j.id AND p.name = 'RecurringJobId')
            """;
        var before = await ScalarAsync<long>(kicked);

        await Applicants.RegisterAsync(app, $"kick-{Guid.NewGuid():N}@example.test", "en");

        var until = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync<long>(kicked) == before)
        {
            Assert.True(DateTime.UtcNow < until, "No email delivery was enqueued within 30 s of the registration.");
            await Task.Delay(200);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

public static class FailingJob
{
    [AutomaticRetry(Attempts = 0)]
    public static void Run() => throw new InvalidOperationException("This job fails on purpose.");
}
