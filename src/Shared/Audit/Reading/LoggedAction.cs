namespace Border.Shared.Audit.Reading;

/// <summary>An audit entry and the module (its schema) whose log holds it.</summary>
public sealed record LoggedAction(string Module, AuditEntry Entry);

/// <summary>One page of the merged log, newest first, and where the next page starts (null on the last).</summary>
public sealed record AuditPage(IReadOnlyList<LoggedAction> Entries, AuditPosition? Next);
