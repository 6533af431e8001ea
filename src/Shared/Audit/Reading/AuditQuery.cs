namespace Border.Shared.Audit.Reading;

/// <summary>Which entries to read: every condition given must hold. <see cref="Until"/> is exclusive.</summary>
public sealed record AuditQuery(
    Guid? ActorId = null, Guid? SubjectId = null, string? Action = null, DateTimeOffset? From = null, DateTimeOffset? Until = null);
