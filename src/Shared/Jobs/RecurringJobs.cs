using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Border.Shared.Jobs;

/// <summary>
/// Writes every module's recurring jobs to Hangfire's storage with their current schedule. Every node does it at
/// start (the same values, so nodes agree), and the settings page does it after a save, so a new draw time takes
/// effect at once without a restart or a per-job override table.
/// </summary>
public sealed class RecurringJobs(IEnumerable<RecurringJobDefinition> definitions, IRecurringJobManager manager, IServiceProvider services)
{
    public IReadOnlyList<RecurringJobDefinition> Definitions { get; } = [.. definitions];

    public void Apply()
    {
        foreach (var definition in Definitions)
        {
            var schedule = definition.Schedule(services);
            manager.AddOrUpdate(definition.Id, definition.Job, schedule.Cron, new RecurringJobOptions { TimeZone = schedule.TimeZone });
        }
    }
}

internal sealed class RecurringJobsSetup(RecurringJobs jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Apply();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
