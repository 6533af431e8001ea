using Border.Shared.Platform;
using Border.Shared.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// Puts back the schedules admins set after the modules' registrations have overwritten the stored triggers
/// at start. Registered after Quartz's hosted service, so it starts after the scheduler is configured.
/// </summary>
internal sealed class ScheduleOverridesService(IServiceScopeFactory scopes, ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var saved in await db.Set<JobScheduleOverride>().AsNoTracking().ToListAsync(cancellationToken))
        {
            if (await scheduler.GetTrigger(new TriggerKey(saved.TriggerName, saved.TriggerGroup), cancellationToken) is ICronTrigger current
                && current.CronExpressionString != saved.Cron)
            {
                await JobSchedules.RescheduleAsync(scheduler, current, saved.Cron, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
