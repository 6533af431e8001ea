using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// What the request page needs: whether the applicant may request now and, when not, why; the window;
/// the ports and which are closed on the date this window's draw fills.
/// </summary>
public sealed record GetRequestOptions(Guid UserId) : IRequest<RequestOptions>;

public sealed record RequestOptions(
    RequestBlock Block,
    RequestWindowView Window,
    DateOnly AppointmentDate,
    IReadOnlyList<PortChoice> Ports,
    string? CurrentState,
    IReadOnlyList<string> EligibleStates,
    RequestView? Current,
    string? DrawSuspendedReason = null);

/// <summary>Why the applicant cannot request right now; <see cref="None"/> when they can.</summary>
public enum RequestBlock
{
    None,
    EmailNotConfirmed,
    ProfileIncomplete,
    WindowClosed,
    AlreadyRequested,
    HasAppointment,

    /// <summary>An admin suspended the daily draw; the reason is in <see cref="RequestOptions.DrawSuspendedReason"/>.</summary>
    DrawSuspended,
}

/// <summary>The request window: open now or not, and its opening and closing moments (US Eastern by default).</summary>
/// <remarks><see cref="ClosesAt"/> is the end, exclusive (midnight); people read the window's last minute, <see cref="LastMinute"/>.</remarks>
public sealed record RequestWindowView(bool Open, DateOnly WindowDate, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset NextOpensAt, DateTimeOffset DrawAt, string TimeZone)
{
    /// <summary>"until Friday at 11:59 PM", not "until Saturday at 12:00 AM", which reads as the wrong day.</summary>
    public DateTimeOffset LastMinute => ClosesAt.AddMinutes(-1);
}

public sealed record PortChoice(string Code, string Name, string UsState, string TimeZone, bool Closed, string? ClosedReason);

/// <summary>
/// The applicant asks for an appointment for their whole group at one port in the open window. The state is
/// where they say they are now; latitude and longitude come from the browser when it offers them.
/// </summary>
public sealed record RequestAppointment(Guid UserId, string? PortCode, string? State, double? Latitude, double? Longitude)
    : IRequest<RequestReceipt>;

public sealed record RequestReceipt(Guid RequestId, string Reference);

/// <summary>The applicant's current request (the newest), or one by id; always through their own id.</summary>
public sealed record GetMyRequest(Guid UserId, Guid? RequestId = null) : IRequest<RequestView?>;

public sealed record RequestView(
    Guid Id,
    string Reference,
    string PortCode,
    string PortName,
    string PortTimeZone,
    RequestStatus Status,
    DateOnly WindowDate,
    DateOnly AppointmentDate,
    DateTimeOffset RequestedAt,
    DateTimeOffset DrawAt,
    int TravellerCount,
    string WindowTimeZone);

public enum RequestStatus
{
    Pending,
    Withdrawn,
    Selected,
    NotSelected,
}

/// <summary>Withdraws a pending request before its draw; false when the applicant has no such pending request.</summary>
public sealed record WithdrawRequest(Guid UserId, Guid RequestId) : IRequest<bool>;

/// <summary>Where an offer or appointment is in its life. Seats are held by every status but Expired and Cancelled.</summary>
public enum AppointmentStatus
{
    Offered,
    Confirmed,
    Expired,
    Cancelled,
    CheckedIn,
    NoShow,
    IdentityMismatch,
}
