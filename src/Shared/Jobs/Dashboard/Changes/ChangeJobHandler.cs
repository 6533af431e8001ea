using Border.Shared.Platform;
using Border.Shared.Audit;
using Border.Shared.DataProtection;
using Border.Shared.Settings;
using MediatR;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// Quartz keeps its tables on its own connections, so the audit entry cannot share its transaction. It is
/// written first and committed only once the scheduler has made the change: a refused change leaves no
/// entry, and a made change always has one unless the commit itself fails.
/// </summary>
internal sealed class ChangeJobHandler(ISchedulerFactory schedulers, PlatformDbContext db, TimeProvider clock, SettingsReloader settings) : IRequestHandler<ChangeJob, bool>
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
                _ => await TriggerReschedule.PrepareAsync(db, scheduler, trigger, request.Cron, request.ActorId, now, cancellationToken),
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
        settings.ReloadNow();
        return true;
    }
}
