using MediatR;

namespace Border.Accounts.Contracts;

/// <summary>
/// What Scheduling needs to know about an account beyond its profile: when it registered (the
/// allocation's "longest waiting" key) and whether it can still take part. Null for an unknown id.
/// </summary>
public sealed record GetSchedulingFacts(Guid UserId) : IRequest<SchedulingFacts?>;

public sealed record SchedulingFacts
{
    public Guid UserId { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public bool Closed { get; init; }

    public bool Disabled { get; init; }
}
