using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Rules;

namespace Border.Cases.Data;

/// <summary>One application by an applicant for their whole group, from draft to decision.</summary>
internal sealed class Case
{
    public Guid Id { get; init; }

    public CaseKind Kind { get; init; }

    public Guid ApplicantId { get; init; }

    /// <summary>The group when it was submitted, the applicant first.</summary>
    public Guid[] TravellerIds { get; set; } = [];

    /// <summary>The port of the group's appointment or request; null is "any port".</summary>
    public string? PortCode { get; set; }

    public DateTimeOffset? AppointmentAt { get; set; }

    /// <summary>The group's appointment that was cancelled while the case waited, said on both case pages; null while none was.</summary>
    public DateTimeOffset? LostAppointmentAt { get; set; }

    public string? LostAppointmentPort { get; set; }

    /// <summary>The port's IANA zone: the lost appointment's time is read in it.</summary>
    public string? LostAppointmentZone { get; set; }

    /// <summary>Cancelled or missed; null on an appointment lost before this was kept, which could only be cancelled.</summary>
    public AppointmentLoss? LostAppointmentHow { get; set; }

    public CaseState State { get; set; }

    /// <summary>The IANA zone where the applicant said they are: the appeal window's days end at midnight there.</summary>
    public string TimeZone { get; set; } = ApplicantZones.Default;

    /// <summary>Question key to answer, as the catalogue names them (jsonb).</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    public string? Receipt { get; set; }

    /// <summary>The applicant's date of birth at submission: with the receipt, what the public status page asks.</summary>
    public DateOnly? ApplicantBirthDate { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// The queue's order: the appointment when there is one, else the submission a thousand years on, so every case
    /// with an appointment comes first (soonest first) and the rest follow longest waiting first. Kept by <see cref="CaseRules"/>.
    /// </summary>
    public DateTimeOffset QueueAt { get; set; }

    public Guid? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public ChecksStatus Checks { get; set; }

    /// <summary>PostgreSQL's xmin: a decision made on an older read is refused.</summary>
    public uint Version { get; set; }
}
