using MediatR;

namespace Border.Accounts.Contracts.Places;

/// <summary>
/// The IANA zone an applicant reads times in (<see cref="StateTimeZones"/> of the state their profile says they are
/// in), for pages that need only that and not the whole profile.
/// </summary>
public sealed record GetApplicantZone(Guid UserId) : IRequest<string>;
