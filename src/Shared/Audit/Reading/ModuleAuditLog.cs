using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Audit.Reading;

internal sealed class ModuleAuditLog<TContext>(string module, TContext context) : IModuleAuditLog
    where TContext : DbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, AuditPosition? after, int take, CancellationToken cancellationToken)
    {
        if (context.Model.FindEntityType(typeof(AuditEntry)) is null)
        {
            return [];
        }

        var entries = context.Set<AuditEntry>().AsNoTracking();
        if (query.ActorId is { } actor)
        {
            entries = entries.Where(a => a.ActorId == actor);
        }

        if (query.SubjectId is { } subject)
        {
            entries = entries.Where(a => a.SubjectId == subject);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        // Npgsql writes timestamptz parameters in UTC only.
        if (query.From?.ToUniversalTime() is { } from)
        {
            entries = entries.Where(a => a.OccurredAt >= from);
        }

        if (query.Until?.ToUniversalTime() is { } until)
        {
            entries = entries.Where(a => a.OccurredAt < until);
        }

        if (after is not null)
        {
            var at = after.OccurredAt.ToUniversalTime();
            var id = after.Id;
            entries = entries.Where(a => a.OccurredAt < at || (a.OccurredAt == at && a.Id.CompareTo(id) < 0));
        }

        return await entries
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
