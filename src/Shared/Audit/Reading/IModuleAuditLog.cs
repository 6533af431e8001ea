namespace Border.Shared.Audit.Reading;

/// <summary>One module's audit log, read through the module's own DbContext.</summary>
public interface IModuleAuditLog
{
    string Module { get; }

    /// <summary>Up to <paramref name="take"/> matching entries below <paramref name="after"/>, newest first; none when the module keeps no audit log.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, AuditPosition? after, int take, CancellationToken cancellationToken);
}
