using Border.Scheduling.Contracts;

namespace Border.Scheduling.Data;

/// <summary>
/// An offer made by a draw and, once confirmed, the appointment: one group at one port in one slot. The
/// travellers are a snapshot of the request. Every status but Expired and Cancelled holds its seats, and an offer
/// past its deadline is expired from that moment, whatever its stored status says (see <see cref="AppointmentRules"/>).
/// </summary>
internal sealed class Appointment
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    public Guid ApplicantId { get; init; }

    public Guid AllocationRunId { get; init; }

    public required string PortCode { get; init; }

    /// <summary>The appointment day in the port's zone.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The slot's local start in <see cref="TimeZone"/>.</summary>
    public TimeOnly SlotStart { get; init; }

    /// <summary>The port's IANA zone when the offer was made.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The slot start as an instant, for sorting and reminders.</summary>
    public DateTimeOffset SlotStartsAt { get; init; }

    public int PeopleCount { get; init; }

    public required Guid[] TravellerIds { get; init; }

    public AppointmentStatus Status { get; set; }

    public DateTimeOffset OfferedAt { get; init; }

    /// <summary>Confirm before this, or the offer expires and its seats return to the date's pool.</summary>
    public DateTimeOffset Deadline { get; init; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>Given at confirmation; unique.</summary>
    public string? ConfirmationNumber { get; set; }

    /// <summary>Set when a traveller's live photo could not be taken: an officer checks identity at the port.</summary>
    public bool IdentityReview { get; set; }

    public DateTimeOffset? ExpiredAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>When an officer recorded the outcome at the port (arrived, no-show or identity mismatch).</summary>
    public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>The officer who recorded the outcome.</summary>
    public Guid? CheckedInBy { get; set; }

    /// <summary>What did not match, for an identity mismatch.</summary>
    public string? CheckInNote { get; set; }

    public uint Version { get; set; }
}
