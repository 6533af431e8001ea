using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Border.Web.Tests.Admin;

/// <summary>The jobs dashboard on a site whose scheduler runs: what it shows, and each change confirmed and audited.</summary>
public sealed class JobsDashboardTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    [Fact]
    public async Task The_dashboard_lists_every_job_with_its_schedule_in_words_and_as_cron_and_the_node_that_checked_in()
    {
        var admin = await app.AdminAsync();
        var scheduler = await SchedulerAsync();

        var page = await admin.GetPageAsync("/admin/jobs");

        var allocation = Row(page, "scheduling.allocation");
        Assert.Contains("Every day at 12:00 (America/New_York)", allocation[1], StringComparison.Ordinal);
        Assert.Contains("0 0 12 * * ?", allocation[1], StringComparison.Ordinal);
        Assert.Equal("Every minute", Row(page, "scheduling.offer-expiry")[1]);
        Assert.Equal("no", allocation[6]);
        Assert.NotNull(page.QuerySelector("a#refresh[href='/admin/jobs']"));
        Assert.All(new[] { "succeeded", "failed", "running", "misfires" }, id => Assert.Matches("^[0-9]+$", page.QuerySelector($"#count-{id}")!.TextContent.Trim()));
        var node = Assert.Single(page.QuerySelectorAll("table.nodes tbody tr"));
        Assert.StartsWith(scheduler.SchedulerInstanceId, node.Children[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Checking in", node.Children[2].TextContent);
        Assert.NotNull((await admin.GetPageAsync("/admin")).QuerySelector("a[href='/admin/jobs']"));
    }

    [Fact]
    public async Task A_job_run_from_the_dashboard_appears_in_the_history_with_its_outcome_and_is_audited()
    {
        var admin = await app.AdminAsync();

        var question = await admin.GetPageAsync("/admin/jobs/confirm/run/platform/outbox-cleanup");
        var started = await admin.PostFormAsync("/admin/jobs/confirm/run/platform/outbox-cleanup", new Dictionary<string, string>());

        Assert.Equal("Run the job platform.outbox-cleanup now?", question.QuerySelector("h1")!.TextContent);
        Assert.Equal("/admin/jobs?done=run", started.Headers.Location!.OriginalString);
        var run = await FirstRunAsync(admin, "/admin/jobs/history?job=platform.outbox-cleanup&outcome=Succeeded");
        Assert.Equal("platform.outbox-cleanup (run by hand)", run[0]);
        Assert.Equal("Succeeded", run[5]);
        Assert.Equal((await SchedulerAsync()).SchedulerInstanceId, run[4]);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM platform.audit_entries WHERE action = 'jobs.run-now' AND after->>'Job' = 'platform.outbox-cleanup'"));
    }

    [Fact]
    public async Task A_failing_job_shows_its_error_and_stack_trace()
    {
        var scheduler = await SchedulerAsync();
        await scheduler.AddJob(JobBuilder.Create<AlwaysFailingJob>().WithIdentity("always-fails", "tests").StoreDurably().Build(), AddJobOptions.Replacing);
        var admin = await app.AdminAsync();

        await admin.PostFormAsync("/admin/jobs/confirm/run/tests/always-fails", new Dictionary<string, string>());

        var history = await WaitForRunsAsync(admin, "/admin/jobs/history?job=tests.always-fails&outcome=Failed");
        var details = await admin.GetPageAsync(history.QuerySelector("table.runs tbody tr a")!.GetAttribute("href")!);
        Assert.Equal("Failed", details.QuerySelector("#outcome")!.TextContent);
        Assert.Equal(AlwaysFailingJob.Message, details.QuerySelector("#error")!.TextContent);
        Assert.Contains($"{typeof(AlwaysFailingJob).FullName}.Execute", details.QuerySelector("#log")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Failed", Row(await admin.GetPageAsync("/admin/jobs"), "tests.always-fails")[4].Split('\n')[0].Trim());
        Assert.Equal("No run matches these choices.", (await admin.GetPageAsync("/admin/jobs/history?job=tests.always-fails&outcome=Succeeded")).QuerySelector("#no-runs")!.TextContent);
    }

    [Fact]
    public async Task A_trigger_is_paused_and_resumed_from_the_dashboard_and_each_change_is_audited()
    {
        var admin = await app.AdminAsync("es");
        var key = new TriggerKey("deadline-reminder", "scheduling");

        var paused = await admin.PostFormAsync("/admin/jobs/confirm/pause/scheduling/deadline-reminder", new Dictionary<string, string>());
        Assert.Equal("/admin/jobs?done=pause", paused.Headers.Location!.OriginalString);
        Assert.Equal(TriggerState.Paused, await (await SchedulerAsync()).GetTriggerState(key));
        var page = await admin.GetPageAsync("/admin/jobs?done=pause");
        Assert.Equal("sí", Row(page, "scheduling.deadline-reminder")[6]);
        Assert.NotNull(page.QuerySelector("a[href='/admin/jobs/confirm/resume/scheduling/deadline-reminder']"));

        var resumed = await admin.PostFormAsync("/admin/jobs/confirm/resume/scheduling/deadline-reminder", new Dictionary<string, string>());
        Assert.Equal("/admin/jobs?done=resume", resumed.Headers.Location!.OriginalString);
        Assert.Equal(TriggerState.Normal, await (await SchedulerAsync()).GetTriggerState(key));
        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM platform.audit_entries WHERE action IN ('jobs.trigger-paused', 'jobs.trigger-resumed') AND after->>'Trigger' = 'scheduling.deadline-reminder'"));
    }

    [Theory]
    [InlineData("en", "Enter a schedule in Quartz cron format, such as 0 0 12 * * ? for every day at 12:00.")]
    [InlineData("es", "Escriba un horario en formato cron de Quartz, como 0 0 12 * * ? para todos los días a las 12:00.")]
    public async Task A_schedule_that_is_not_cron_is_refused_and_kept(string language, string message)
    {
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync("/admin/jobs/schedule/scheduling/allocation", new Dictionary<string, string> { ["Input.Cron"] = "every day at noon" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal([("#Input_Cron", message)], [.. page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent))]);
        Assert.Equal("every day at noon", ((IHtmlInputElement)page.QuerySelector("#Input_Cron")!).Value);
        Assert.Equal("0 0 12 * * ?", ((ICronTrigger)(await (await SchedulerAsync()).GetTrigger(new TriggerKey("allocation", "scheduling")))!).CronExpressionString);
    }

    [Fact]
    public async Task The_allocation_time_changed_on_the_dashboard_is_stored_audited_and_kept_by_a_node_that_starts_later()
    {
        var admin = await app.AdminAsync();

        var chosen = await admin.PostFormAsync("/admin/jobs/schedule/scheduling/allocation", new Dictionary<string, string> { ["Input.Cron"] = " 0 30 13 * * ? " });
        Assert.Equal("/admin/jobs/confirm/reschedule/scheduling/allocation?cron=0%2030%2013%20%2A%20%2A%20%3F", chosen.Headers.Location!.OriginalString);
        var question = await admin.GetPageAsync(chosen.Headers.Location.OriginalString);
        Assert.Equal("Run scheduling.allocation on the schedule Every day at 13:30 (America/New_York) (0 30 13 * * ?)?", question.QuerySelector("h1")!.TextContent);
        var changed = await admin.PostFormAsync(chosen.Headers.Location.OriginalString, new Dictionary<string, string>());

        Assert.Equal("/admin/jobs?done=reschedule", changed.Headers.Location!.OriginalString);
        Assert.Contains("Every day at 13:30 (America/New_York)", Row(await admin.GetPageAsync("/admin/jobs"), "scheduling.allocation")[1], StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM platform.audit_entries WHERE action = 'jobs.trigger-rescheduled' AND before->>'Cron' = '0 0 12 * * ?' AND after->>'Cron' = '0 30 13 * * ?'"));

        // A node starting registers the configured noon schedule again; the admin's choice is put back.
        await using var later = new BorderWebApp(sharedDatabase: app.Database);
        await later.InitializeAsync();
        later.CreateBrowserClient();
        var trigger = (ICronTrigger)(await (await later.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetTrigger(new TriggerKey("allocation", "scheduling")))!;
        Assert.Equal("0 30 13 * * ?", trigger.CronExpressionString);
        Assert.Equal("America/New_York", trigger.TimeZone.Id);
    }

    [Fact]
    public async Task Changes_to_jobs_or_triggers_that_do_not_exist_are_not_found()
    {
        var admin = await app.AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/jobs/confirm/run/platform/nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/jobs/confirm/explode/platform/outbox-cleanup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/jobs/schedule/scheduling/offer-expiry")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/jobs/runs/no-such-run")).StatusCode);
    }

    private async Task<IScheduler> SchedulerAsync()
    {
        app.CreateBrowserClient();
        return await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
    }

    private static List<string> Row(IHtmlDocument page, string job) =>
        [.. page.QuerySelector($"table.jobs tr[data-job='{job}']")!.Children.Select(c => c.TextContent.Trim())];

    private static async Task<List<string>> FirstRunAsync(HttpClient admin, string path) =>
        [.. (await WaitForRunsAsync(admin, path)).QuerySelector("table.runs tbody tr")!.Children.Select(c => c.TextContent.Trim())];

    /// <summary>A run is recorded when it ends, on the scheduler's own threads; the history page is read until it is there.</summary>
    private static async Task<IHtmlDocument> WaitForRunsAsync(HttpClient admin, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var page = await admin.GetPageAsync(path);
            if (page.QuerySelector("table.runs tbody tr") is not null || attempt == 60)
            {
                return page;
            }

            await Task.Delay(500);
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>A job that only throws, added to the test site's scheduler, never to Border's.</summary>
internal sealed class AlwaysFailingJob : IJob
{
    public const string Message = "The test job failed on purpose.";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);
}
