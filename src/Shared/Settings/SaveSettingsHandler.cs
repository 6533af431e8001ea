using Border.Shared.Platform;
using Border.Shared.Audit;
using Border.Shared.DataProtection;
using Border.Shared.Jobs.Dashboard.Changes;
using MediatR;
using Quartz;

namespace Border.Shared.Settings;

/// <summary>
/// Writes the changed rows and one audit entry (the changed keys before and after) in one transaction. A new
/// draw time goes through the dashboard's reschedule (override row, Quartz trigger, its own audit entry),
/// which also sets RunAt; Quartz changes on its own connections, so, as on the dashboard, the commit waits
/// for it. This node reloads at once; the others see the rows at their next poll.
/// </summary>
internal sealed class SaveSettingsHandler(
    PlatformDbContext db, ISchedulerFactory schedulers, IMediator mediator, TimeProvider clock, SettingsReloader reloader)
    : IRequestHandler<SaveSettings, SaveSettingsResult>
{
    public async Task<SaveSettingsResult> Handle(SaveSettings request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await mediator.Send(new GetSettings(), cancellationToken);
        var before = current.Settings.ToConfiguration();
        var after = request.Settings.ToConfiguration();
        var changed = after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        if (changed.Count == 0)
        {
            return SaveSettingsResult.NothingChanged;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Func<Task> reschedule = () => Task.CompletedTask;
        if (changed.Contains(SettingKeys.AllocationRunAt))
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (await scheduler.GetTrigger(SettingKeys.AllocationTrigger, cancellationToken) is { } trigger)
            {
                reschedule = await TriggerReschedule.PrepareAsync(
                    db, scheduler, trigger, SettingKeys.DailyCron(request.Settings.AllocationAt), request.ActorId, now, cancellationToken);
            }
        }

        foreach (var key in changed)
        {
            await SettingRows.SetAsync(db, key, after[key], request.ActorId, now, cancellationToken);
        }

        db.AddAuditEntry(
            now, request.ActorId, null, SettingsAuditActions.Changed,
            before: changed.ToDictionary(key => key, key => before[key]),
            after: changed.ToDictionary(key => key, key => after[key]));
        await db.SaveChangesAsync(cancellationToken);
        await reschedule();
        await transaction.CommitAsync(cancellationToken);
        reloader.ReloadNow();
        return SaveSettingsResult.Saved;
    }
}
