using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>A port's confirmed appointments on one of its days, by slot; null when there is no such port.</summary>
public sealed record GetPortRoster(string PortCode, DateOnly Date) : IRequest<PortRoster?>;

public sealed record PortRoster(string PortCode, string PortName, string TimeZone, DateOnly Date, IReadOnlyList<RosterEntry> Entries);

/// <summary><see cref="OutcomeAt"/> is when an officer recorded the check-in outcome (the status says which), if one was.</summary>
public sealed record RosterEntry
{
    public TimeOnly Slot { get; init; }

    public required string ConfirmationNumber { get; init; }

    public int People { get; init; }

    public AppointmentStatus Status { get; init; }

    public bool IdentityReview { get; init; }

    public DateTimeOffset? OutcomeAt { get; init; }
}
