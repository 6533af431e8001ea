using Border.Shared.Messaging;
using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>The applicant's own offer or appointment, with where they are in confirming it; null when it is not theirs.</summary>
public sealed record GetMyOffer(Guid UserId, Guid AppointmentId) : IRequest<OfferView?>;

public sealed record OfferView(
    Guid Id,
    string PortCode,
    string PortName,
    string PortTimeZone,
    DateOnly Date,
    TimeOnly SlotStart,
    DateTimeOffset SlotStartsAt,
    DateTimeOffset Deadline,
    TimeSpan TimeLeft,
    AppointmentStatus Status,
    string? ConfirmationNumber,
    DateTimeOffset? ConfirmedAt,
    bool IdentityReview,
    IReadOnlyList<TravellerStep> Travellers,
    OfferStep Next,
    IReadOnlyList<string> EligibleStates,
    DateTimeOffset? CheckedInAt = null,
    PortArrival? Arrival = null)
{
    public bool DeadlinePassed => Status == AppointmentStatus.Offered && TimeLeft <= TimeSpan.Zero;
}

/// <summary>A traveller of the group, in the request's order (the applicant first), and whether their live photo step is done.</summary>
public sealed record TravellerStep(int Number, Guid Id, string Name, bool PhotoDone, bool PhotoSkipped);

/// <summary>The step an offer's confirmation is waiting for; each step needs the ones before it.</summary>
public enum OfferStep
{
    Accept,
    Photos,
    Location,
    Review,
    Schedule,
    Confirmed,
    Closed,
}

/// <summary>The applicant accepts the offer and starts confirming it.</summary>
public sealed record AcceptOffer(Guid UserId, Guid AppointmentId) : IRequest<bool>;

/// <summary>A live photo of traveller <see cref="TravellerNumber"/> (1 is the applicant); <see cref="CannotTake"/> continues without one.</summary>
public sealed record RecordLivePhoto(Guid UserId, Guid AppointmentId, int TravellerNumber, LivePhotoFile? File, bool CannotTake) : IRequest<bool>;

public sealed record LivePhotoFile(Stream? Content, long Length);

/// <summary>Where the applicant is now, checked again before confirming (the same rules as a request).</summary>
public sealed record CheckOfferLocation(Guid UserId, Guid AppointmentId, string? State, double? Latitude, double? Longitude) : IRequest<bool>;

/// <summary>The applicant has reviewed every detail and pressed "Schedule".</summary>
public sealed record ReviewOffer(Guid UserId, Guid AppointmentId) : IRequest<bool>;

/// <summary>"Yes, schedule": the offer becomes a confirmed appointment, if it is still open and the day still has room.</summary>
public sealed record ConfirmOffer(Guid UserId, Guid AppointmentId) : IRequest<ConfirmOfferResult?>;

public sealed record ConfirmOfferResult(string ConfirmationNumber, bool AlreadyConfirmed);

/// <summary>The applicant cancels their offer or confirmed appointment; its seats return. False when there is nothing to cancel.</summary>
public sealed record CancelAppointment(Guid UserId, Guid AppointmentId) : IRequest<bool>;

/// <summary>The applicant's live offer or confirmed appointment, if any, for the appointments page.</summary>
public sealed record GetMyLiveAppointment(Guid UserId) : IRequest<LiveAppointment?>;

public sealed record LiveAppointment(Guid Id, AppointmentStatus Status, string PortName, DateTimeOffset SlotStartsAt, string PortTimeZone, string? ConfirmationNumber);

/// <summary>An offer became a confirmed appointment: the group is frozen for it.</summary>
[IntegrationEvent("scheduling.appointment-confirmed")]
public sealed record AppointmentConfirmed(Guid EventId, DateTimeOffset OccurredAt, Guid ApplicantId, Guid AppointmentId) : IIntegrationEvent;

/// <summary>An offer or appointment was cancelled: its seats returned and the group is free again.</summary>
[IntegrationEvent("scheduling.appointment-cancelled")]
public sealed record AppointmentCancelled(Guid EventId, DateTimeOffset OccurredAt, Guid ApplicantId, Guid AppointmentId) : IIntegrationEvent;
