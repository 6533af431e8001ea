using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// Applicants with business at any of these ports right now (a pending request, or an offer or appointment
/// not yet over), in id order after <paramref name="After"/>, at most <paramref name="Limit"/>: a policy update's audience.
/// </summary>
public sealed record ListApplicantsAtPorts(IReadOnlyList<string> PortCodes, Guid? After, int Limit) : IRequest<IReadOnlyList<Guid>>;
