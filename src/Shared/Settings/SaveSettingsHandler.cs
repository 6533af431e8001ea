using Border.Shared.Platform;
using Border.Shared.Audit;
using Border.Shared.DataProtection;
using Border.Shared.Jobs;
using MediatR;

namespace Border.Shared.Settings;

/// <summary>
/// Writes the changed rows and one audit entry (the changed keys before and after) in one transaction. This node
/// reloads at once (the others see the rows at their next poll), then writes the recurring jobs again, so a new
/// draw time is the draw's schedule in Hangfire's storage straight away, for every node.
/// </summary>
internal sealed class SaveSettingsHandler(
    PlatformDbContext db, RecurringJobs recurring, IMediator mediator, TimeProvider clock, SettingsReloader reloader)
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
        foreach (var key in changed)
        {
            await SettingRows.SetAsync(db, key, after[key], request.ActorId, now, cancellationToken);
        }

        db.AddAuditEntry(
            now, request.ActorId, null, SettingsAuditActions.Changed,
            before: changed.ToDictionary(key => key, key => before[key]),
            after: changed.ToDictionary(key => key, key => after[key]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        reloader.ReloadNow();
        recurring.Apply();
        return SaveSettingsResult.Saved;
    }
}
