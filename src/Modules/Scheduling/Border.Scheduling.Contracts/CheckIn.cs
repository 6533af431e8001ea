using Border.Shared.Messaging;
using Border.Shared.Uploads;
using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// An officer at the port looks up an appointment by its confirmation number, typed or scanned from its QR code:
/// case, spaces and dashes do not matter, nor does leaving out the "APT" prefix. Audited (who searched for what).
/// </summary>
public sealed record FindAppointmentByNumber(Guid StaffId, string? Number) : IRequest<CheckInSearch>;

/// <summary>
/// <see cref="Number"/> is the number in its written form when it could be read as one. <see cref="Status"/> is set
/// whenever an appointment has the number; <see cref="AppointmentId"/> only when it is confirmed (or already marked).
/// </summary>
public sealed record CheckInSearch(CheckInSearchResult Result, string? Number, Guid? AppointmentId, AppointmentStatus? Status);

public enum CheckInSearchResult
{
    Found,
    NotFound,
    NotConfirmed,
}

/// <summary>A confirmed appointment as the officer at the port sees it; null unless it was confirmed. Audited.</summary>
public sealed record ViewCheckIn(Guid StaffId, Guid AppointmentId) : IRequest<CheckInView?>;

public sealed record CheckInView(
    Guid Id,
    Guid ApplicantId,
    string ConfirmationNumber,
    string PortCode,
    string PortName,
    string TimeZone,
    DateOnly Date,
    TimeOnly SlotStart,
    DateTimeOffset SlotStartsAt,
    DateOnly PortToday,
    AppointmentStatus Status,
    bool IdentityReview,
    RecordedCheckIn? Recorded,
    IReadOnlyList<CheckInTraveller> Travellers)
{
    /// <summary>An outcome can be recorded once, from the appointment's day on (in the port's zone).</summary>
    public bool CanRecord => Status == AppointmentStatus.Confirmed && PortToday >= Date;
}

/// <summary>The outcome an officer recorded, when and by whom.</summary>
public sealed record RecordedCheckIn(CheckInOutcome Outcome, DateTimeOffset At, Guid By, string? Note);

/// <summary>
/// A traveller of the group, the applicant first, as the applicant's profile names them, with the photo of their
/// identity document (a file in Accounts) and whether a live photo was taken at confirmation.
/// </summary>
public sealed record CheckInTraveller(
    Guid Id, int Number, string? Name, DateOnly? DateOfBirth, CheckInDocumentPhoto? DocumentPhoto, bool HasLivePhoto);

public sealed record CheckInDocumentPhoto(Guid FileId, string ContentType)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public enum CheckInOutcome
{
    Arrived,
    NoShow,
    IdentityMismatch,
}

/// <summary>
/// The officer records what happened at the port. The first outcome stands: recording again changes nothing and
/// says what was recorded. Null when there is no such confirmed appointment.
/// </summary>
public sealed record RecordCheckIn(Guid StaffId, Guid AppointmentId, CheckInOutcome? Outcome, string? Note) : IRequest<RecordCheckInResult?>
{
    public const int NoteMaxLength = 300;
}

public sealed record RecordCheckInResult(RecordedCheckIn Recorded, bool AlreadyRecorded);

/// <summary>The officer recorded that the group did not come to its confirmed appointment: the appointment is lost.</summary>
[IntegrationEvent("scheduling.appointment-missed")]
public sealed record AppointmentMissed(Guid EventId, DateTimeOffset OccurredAt, Guid ApplicantId, Guid AppointmentId) : IIntegrationEvent;

/// <summary>A traveller's live photo from confirmation, decrypted for an officer; null when there is none. Audited.</summary>
public sealed record OpenLivePhoto(Guid StaffId, Guid AppointmentId, Guid TravellerId, FileVariant Variant = FileVariant.Original)
    : IRequest<OpenedLivePhoto?>;

/// <summary>
/// The applicant whose confirmed appointment this is, so a page can refuse a traveller's file named beside another
/// appointment; null when there is no such confirmed appointment.
/// </summary>
public sealed record FindCheckInApplicant(Guid AppointmentId) : IRequest<Guid?>;

public sealed record OpenedLivePhoto(byte[] Content, string ContentType);

public static class CheckInOutcomes
{
    public static AppointmentStatus StatusOf(CheckInOutcome outcome) => outcome switch
    {
        CheckInOutcome.Arrived => AppointmentStatus.CheckedIn,
        CheckInOutcome.NoShow => AppointmentStatus.NoShow,
        _ => AppointmentStatus.IdentityMismatch,
    };

    public static CheckInOutcome? OutcomeOf(AppointmentStatus status) => status switch
    {
        AppointmentStatus.CheckedIn => CheckInOutcome.Arrived,
        AppointmentStatus.NoShow => CheckInOutcome.NoShow,
        AppointmentStatus.IdentityMismatch => CheckInOutcome.IdentityMismatch,
        _ => null,
    };
}
