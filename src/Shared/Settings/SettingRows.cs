using Border.Shared.Platform;
using Border.Shared.DataProtection;

namespace Border.Shared.Settings;

internal static class SettingRows
{
    /// <summary>Queues the row's new value; the caller's SaveChanges writes it.</summary>
    public static async Task SetAsync(PlatformDbContext db, string key, string value, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Set<PlatformSetting>().FindAsync([key], cancellationToken);
        if (row is null)
        {
            db.Add(row = new PlatformSetting { Key = key, Value = value });
        }

        row.Value = value;
        row.ChangedAt = now;
        row.ChangedBy = actorId;
    }
}
