using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Audit;

public static class AuditDbContextExtensions
{
    /// <summary>Queues an audit entry; the same SaveChanges that saves the change saves the entry.</summary>
    public static void AddAuditEntry(
        this DbContext context, DateTimeOffset now, Guid actorId, Guid? subjectId, string action, object? before = null, object? after = null)
    {
        context.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            ActorId = actorId,
            SubjectId = subjectId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });
    }
}
