using MediatR;

namespace Border.Shared.Settings;

/// <summary>
/// Some settings changed by one decision a module made (the module validated it and names the audit action): the
/// rows that differ are written with one audit entry holding them before and after. False when nothing differed.
/// </summary>
public sealed record ChangeSettings(Guid ActorId, IReadOnlyDictionary<string, string> Values, string AuditAction) : IRequest<bool>;
