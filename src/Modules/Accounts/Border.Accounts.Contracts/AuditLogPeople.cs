using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// Who these people are, for the audit log: address and, for an applicant who gave one, full name. An id
/// with no account is not in the answer; a closed account comes back without an address.
/// </summary>
public sealed record GetPeople(IReadOnlyCollection<Guid> UserIds) : IRequest<IReadOnlyList<PersonLabel>>;

public sealed record PersonLabel(Guid UserId, string? Email, string? FullName, bool IsApplicant, bool IsClosed);

/// <summary>The id of the account with this email address (any case), or null when there is none.</summary>
public sealed record FindAccountByEmail(string Email) : IRequest<Guid?>;

/// <summary>
/// Records that an admin downloaded the audit log, with the filters they used: a bulk read of people's
/// data is itself audited, before the first row leaves.
/// </summary>
public sealed record RecordAuditLogExport(
    Guid AdminId, string? ActorEmail, string? SubjectEmail, string? Action, DateOnly? From, DateOnly? To) : IRequest<Unit>;
