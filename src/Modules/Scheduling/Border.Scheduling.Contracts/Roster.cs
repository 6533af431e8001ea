using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>A port's confirmed appointments on one of its days, by slot; null when there is no such port.</summary>
public sealed record GetPortRoster(string PortCode, DateOnly Date) : IRequest<PortRoster?>;

public sealed record PortRoster(string PortCode, string PortName, string TimeZone, DateOnly Date, IReadOnlyList<RosterEntry> Entries);

/// <summary><see cref="OutcomeAt"/> is when an officer recorded the check-in outcome (the status says which), if one was.</summary>
public sealed record RosterEntry(TimeOnly Slot, string ConfirmationNumber, int People, AppointmentStatus Status, bool IdentityReview, DateTimeOffset? OutcomeAt = null);
