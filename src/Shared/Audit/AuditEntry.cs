namespace Border.Shared.Audit;

/// <summary>
/// One action someone took on a person's data or on Border itself. Rows are only ever inserted: a trigger
/// in each module's schema refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Who acted: a staff member, the person themselves, or <see cref="Guid.Empty"/> for Border's own jobs.</summary>
    public Guid ActorId { get; init; }

    /// <summary>Whose data it was, when it was a person's.</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>A stable name such as <c>accounts.role-added</c>; pages translate it.</summary>
    public required string Action { get; init; }

    /// <summary>JSON of what changed, before the action; never the person's documents or photos.</summary>
    public string? Before { get; init; }

    public string? After { get; init; }
}
