using Border.Shared.Platform;
using Border.Shared.Audit;
using Border.Shared.DataProtection;
using Border.Shared.Settings;
using Border.Shared.Validation;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// The one way a trigger gets a new cron, from the dashboard or from /admin/settings: validated, kept as an
/// override (so it survives restarts) and audited in the caller's transaction. The returned step changes
/// Quartz; the caller runs it after SaveChanges and commits after it. The allocation trigger's time is also
/// the draw time applicants are told (Scheduling:Allocation:RunAt), so a daily cron for it sets that too.
/// </summary>
internal static class TriggerReschedule
{
    public static async Task<Func<Task>> PrepareAsync(
        PlatformDbContext db, IScheduler scheduler, ITrigger trigger, string? cron, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cron = cron?.Trim() ?? string.Empty;
        if (trigger is not ICronTrigger current)
        {
            throw new RequestValidationException([new ValidationFailure("Cron", "Only a job that runs on a cron schedule can be given a new time.")]);
        }

        if (CronSchedules.Problem(cron, current.TimeZone, now) is { } problem)
        {
            throw new RequestValidationException([new ValidationFailure("Cron", problem)]);
        }

        var saved = await db.Set<JobScheduleOverride>().FindAsync([trigger.Key.Group, trigger.Key.Name], cancellationToken);
        if (saved is null)
        {
            db.Add(saved = new JobScheduleOverride { TriggerGroup = trigger.Key.Group, TriggerName = trigger.Key.Name, Cron = cron });
        }

        saved.Cron = cron;
        saved.ChangedAt = now;
        saved.ChangedBy = actorId;
        db.AddAuditEntry(
            now, actorId, null, JobAuditActions.Rescheduled,
            before: new { Trigger = trigger.Key.ToString(), Cron = current.CronExpressionString },
            after: new { Trigger = trigger.Key.ToString(), Cron = cron });
        if (trigger.Key.Equals(SettingKeys.AllocationTrigger) && SettingKeys.DailyTime(cron) is { } time)
        {
            await SettingRows.SetAsync(db, SettingKeys.AllocationRunAt, time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), actorId, now, cancellationToken);
        }

        return () => JobSchedules.RescheduleAsync(scheduler, current, cron, cancellationToken);
    }
}
