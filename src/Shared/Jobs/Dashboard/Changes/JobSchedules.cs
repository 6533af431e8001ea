using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

internal static class JobSchedules
{
    /// <summary>The same trigger (key, job, description, zone, misfire rule) on a new cron, in the persistent store.</summary>
    public static async Task RescheduleAsync(IScheduler scheduler, ICronTrigger current, string cron, CancellationToken cancellationToken)
    {
        var replacement = current.GetTriggerBuilder()
            .WithCronSchedule(cron, c => c.InTimeZone(current.TimeZone).WithMisfireInstruction(current.MisfireInstruction))
            .StartNow()
            .Build();
        await scheduler.RescheduleJob(current.Key, replacement, cancellationToken);
    }
}
