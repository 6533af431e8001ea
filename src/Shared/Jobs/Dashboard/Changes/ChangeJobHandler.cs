using Border.Shared.Audit;
using Border.Shared.DataProtection;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// Quartz keeps its tables on its own connections, so the audit entry cannot share its transaction. It is
/// written first and committed only once the scheduler has made the change: a refused change leaves no
/// entry, and a made change always has one unless the commit itself fails.
/// </summary>
internal sealed class ChangeJobHandler(ISchedulerFactory schedulers, PlatformDbContext db, TimeProvider clock) : IRequestHandler<ChangeJob, bool>
{
    public async Task<bool> Handle(ChangeJob request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Func<Task> change;
        if (request.Change is JobChange.RunNow)
        {
            var job = new JobKey(request.Name, request.Group);
            if (!await scheduler.Exists(job, cancellationToken))
            {
                return false;
            }

            db.AddAuditEntry(now, request.ActorId, null, JobAuditActions.RunNow, after: new { Job = job.ToString() });
            change = () => scheduler.TriggerJob(job, cancellationToken).AsTask();
        }
        else
        {
            var key = new TriggerKey(request.Name, request.Group);
            if (await scheduler.GetTrigger(key, cancellationToken) is not { } trigger)
            {
                return false;
            }

            change = request.Change switch
            {
                JobChange.Pause => Audited(() => scheduler.PauseTrigger(key, cancellationToken).AsTask(), JobAuditActions.Paused),
                JobChange.Resume => Audited(() => scheduler.ResumeTrigger(key, cancellationToken).AsTask(), JobAuditActions.Resumed),
                _ => await RescheduleAsync(scheduler, trigger, request, now, cancellationToken),
            };

            Func<Task> Audited(Func<Task> action, string name)
            {
                db.AddAuditEntry(now, request.ActorId, null, name, after: new { Trigger = key.ToString() });
                return action;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await change();
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<Func<Task>> RescheduleAsync(
        IScheduler scheduler, ITrigger trigger, ChangeJob request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cron = request.Cron?.Trim() ?? string.Empty;
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
        saved.ChangedBy = request.ActorId;
        db.AddAuditEntry(
            now, request.ActorId, null, JobAuditActions.Rescheduled,
            before: new { Trigger = trigger.Key.ToString(), Cron = current.CronExpressionString },
            after: new { Trigger = trigger.Key.ToString(), Cron = cron });
        return () => JobSchedules.RescheduleAsync(scheduler, current, cron, cancellationToken);
    }
}
