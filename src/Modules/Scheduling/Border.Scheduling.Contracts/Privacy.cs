using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>What Scheduling holds about the person, for their own download: every request and every offer or appointment.</summary>
public sealed record ExportScheduling(Guid UserId) : IRequest<SchedulingExport>;

public sealed record SchedulingExport(IReadOnlyList<ExportedRequest> Requests, IReadOnlyList<ExportedAppointment> Appointments);

public sealed record ExportedRequest(
    string Reference, string PortCode, DateOnly WindowDate, DateTimeOffset RequestedAt, int TravellerCount, string CurrentState, RequestStatus Status,
    DateTimeOffset? ClosedAt);

public sealed record ExportedAppointment(
    string PortCode, DateOnly Date, TimeOnly SlotStart, string TimeZone, int PeopleCount, AppointmentStatus Status, DateTimeOffset OfferedAt,
    DateTimeOffset Deadline, DateTimeOffset? ConfirmedAt, string? ConfirmationNumber, DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt,
    int LivePhotos);
