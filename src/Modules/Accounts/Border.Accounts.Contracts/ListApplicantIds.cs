using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// One page of applicant account ids in id order, after <paramref name="After"/> (null for the first
/// page). Lets another module walk every applicant with flat memory.
/// </summary>
public sealed record ListApplicantIds(Guid? After, int Limit) : IRequest<IReadOnlyList<Guid>>;
