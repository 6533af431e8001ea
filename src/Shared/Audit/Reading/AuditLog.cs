using System.Runtime.CompilerServices;

namespace Border.Shared.Audit.Reading;

/// <summary>
/// Every module's audit log as one list, newest first. Each module keeps its log in its own schema and
/// answers through its own DbContext (registered with it by AddModuleDbContext), so no SQL here names
/// another module's tables and a new module is read as soon as its model calls MapAuditLog. The pages
/// are merged by keyset: the newest N of the union are among the newest N of each module below the
/// same position, so a page costs one indexed query per module however long the logs grow.
/// </summary>
public sealed class AuditLog(IEnumerable<IModuleAuditLog> modules)
{
    public const int MaximumPageSize = 1000;

    public async Task<AuditPage> ReadPageAsync(AuditQuery query, AuditPosition? after, int size, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaximumPageSize);
        var merged = new List<LoggedAction>();
        foreach (var module in modules)
        {
            // One query at a time: each module's DbContext is scoped, and a page needs only a few rows from each.
            var entries = await module.ReadAsync(query, after, size + 1, cancellationToken);
            merged.AddRange(entries.Select(e => new LoggedAction(module.Module, e)));
        }

        merged.Sort(static (a, b) => Newest(a.Entry, b.Entry));
        var page = merged.Count > size ? merged.GetRange(0, size) : merged;
        return new AuditPage(page, merged.Count > size ? AuditPosition.Of(page[^1].Entry) : null);
    }

    /// <summary>Every matching entry, newest first, a batch at a time, so an export of a huge log never holds it all.</summary>
    public async IAsyncEnumerable<IReadOnlyList<LoggedAction>> ReadInBatchesAsync(
        AuditQuery query, int batchSize = 500, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        AuditPosition? after = null;
        do
        {
            var page = await ReadPageAsync(query, after, batchSize, cancellationToken);
            if (page.Entries.Count > 0)
            {
                yield return page.Entries;
            }

            after = page.Next;
        }
        while (after is not null);
    }

    private static int Newest(AuditEntry a, AuditEntry b)
    {
        var byTime = b.OccurredAt.CompareTo(a.OccurredAt);
        return byTime != 0 ? byTime : b.Id.CompareTo(a.Id);
    }
}
