using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Border.Shared.Audit.Reading;

/// <summary>
/// Where a page of the log ends: the newest-first order is (OccurredAt, Id) descending, so the next page
/// starts below this pair. Written into links as "ticks_id", so a URL keeps its place.
/// </summary>
public sealed record AuditPosition(DateTimeOffset OccurredAt, Guid Id)
{
    public static AuditPosition Of(AuditEntry entry) => new(entry.OccurredAt, entry.Id);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OccurredAt.UtcTicks}_{Id:N}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out AuditPosition? position)
    {
        position = null;
        var parts = text?.Split('_');
        if (parts is not [var ticks, var id]
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            || utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(id, "N", out var guid))
        {
            return false;
        }

        position = new AuditPosition(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid);
        return true;
    }

    /// <summary>Whether <paramref name="entry"/> comes after this position in newest-first order.</summary>
    public bool IsAfter(AuditEntry entry) =>
        entry.OccurredAt < OccurredAt || (entry.OccurredAt == OccurredAt && entry.Id.CompareTo(Id) < 0);
}
