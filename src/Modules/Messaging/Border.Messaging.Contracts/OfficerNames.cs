using MediatR;

namespace Border.Messaging.Contracts;

/// <summary>
/// The name applicants see for an officer, after "Officer": a first name or badge name the officer (or an admin)
/// chooses. Empty clears it; applicants then see "Officer" and the initial of the account. Audited.
/// </summary>
public sealed record SetOfficerName(Guid ActorId, Guid StaffId, string? Name) : IRequest<Unit>;

/// <summary>The name the officer chose, or null.</summary>
public sealed record GetOfficerName(Guid StaffId) : IRequest<string?>;

public static class OfficerNameLimits
{
    public const int MaxLength = 40;
}
