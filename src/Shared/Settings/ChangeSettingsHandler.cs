using Border.Shared.Audit;
using Border.Shared.Platform;
using MediatR;

namespace Border.Shared.Settings;

/// <summary>The rows and their audit entry in one transaction; this node reloads at once, the others at their next poll.</summary>
internal sealed class ChangeSettingsHandler(PlatformDbContext db, SettingValues values, TimeProvider clock, SettingsReloader reloader)
    : IRequestHandler<ChangeSettings, bool>
{
    public async Task<bool> Handle(ChangeSettings request, CancellationToken cancellationToken)
    {
        reloader.ReloadNow();
        var before = request.Values.Keys.ToDictionary(key => key, key => values[key]);
        var changed = request.Values.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        if (changed.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var key in changed)
        {
            await SettingRows.SetAsync(db, key, request.Values[key], request.ActorId, now, cancellationToken);
        }

        db.AddAuditEntry(
            now, request.ActorId, null, request.AuditAction,
            before: changed.ToDictionary(key => key, key => before[key]),
            after: changed.ToDictionary(key => key, key => request.Values[key]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        reloader.ReloadNow();
        return true;
    }
}
