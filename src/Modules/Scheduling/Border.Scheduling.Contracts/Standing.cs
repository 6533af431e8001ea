using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>Where the applicant stands now, for the home page and the appointments page: one question, one answer.</summary>
/// <param name="FromSnapshot">
/// May come from the person's snapshot in memory (Border.Shared.Snapshots): for a page that only shows it; the
/// deadline and the draw's suspension are applied at the moment of asking either way.
/// </param>
public sealed record GetMyStanding(Guid UserId, bool FromSnapshot = false) : IRequest<Standing>;

/// <summary>
/// The stage decides what the person is shown first; the newest request and the newest appointment are there
/// for its details (either may be null).
/// </summary>
/// <param name="DrawSuspendedReason">While an admin has suspended the daily draw, why, in the reader's language.</param>
public sealed record Standing(StandingStage Stage, RequestView? Request, MyAppointment? Appointment, string? DrawSuspendedReason = null)
{
    /// <summary>Whether a new request is what comes next (it may still wait for the window to open).</summary>
    public bool MayRequest =>
        Stage is StandingStage.NothingYet or StandingStage.NotSelected or StandingStage.Closed
        || (Stage == StandingStage.Recorded && Appointment?.Status == AppointmentStatus.NoShow);

    /// <summary>When this answer changes by the clock alone (an offer's deadline passes); null when nothing in it waits on the clock.</summary>
    public DateTimeOffset? ChangesAt => Appointment is { Status: AppointmentStatus.Offered } offer ? offer.Deadline : null;
}

public enum StandingStage
{
    /// <summary>Nothing requested yet, or the last request was withdrawn: request an appointment.</summary>
    NothingYet,

    /// <summary>A request waits for its draw.</summary>
    WaitingForDraw,

    /// <summary>The draw passed the request over: request again.</summary>
    NotSelected,

    /// <summary>An offer waits to be confirmed before its deadline.</summary>
    Offered,

    /// <summary>A confirmed appointment is coming.</summary>
    Confirmed,

    /// <summary>The offer expired or the appointment was cancelled: request again.</summary>
    Closed,

    /// <summary>An officer recorded the outcome at the port (arrived, did not come, or identity did not match).</summary>
    Recorded,
}

/// <summary>The applicant's newest offer or appointment, its status as a person should read it now.</summary>
public sealed record MyAppointment(
    Guid Id,
    AppointmentStatus Status,
    string PortCode,
    string PortName,
    string PortTimeZone,
    DateTimeOffset SlotStartsAt,
    DateTimeOffset Deadline,
    string? ConfirmationNumber,
    DateTimeOffset OfferedAt,
    DateTimeOffset? CheckedInAt);
