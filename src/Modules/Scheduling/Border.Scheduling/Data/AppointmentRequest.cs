using Border.Scheduling.Contracts;

namespace Border.Scheduling.Data;

/// <summary>
/// A group's request for one port in one daily window. The draw reads it as it was made: who travels, and
/// when the applicant registered (the "longest waiting" key). A partial unique index allows one pending
/// request per group.
/// </summary>
internal sealed class AppointmentRequest
{
    public Guid Id { get; init; }

    /// <summary>What the applicant is shown and may quote ("BRD-7K3M-Q9TX").</summary>
    public required string Reference { get; init; }

    /// <summary>The applicant's account id; the group is theirs.</summary>
    public Guid ApplicantId { get; init; }

    public required string PortCode { get; init; }

    /// <summary>The day the window opened, in the window's zone (US Eastern by default).</summary>
    public DateOnly WindowDate { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public int TravellerCount { get; init; }

    /// <summary>The applicant's id first, then each group member's, as the group stood at the request.</summary>
    public required Guid[] TravellerIds { get; init; }

    /// <summary>The Mexican state the applicant said they are in; precise coordinates are checked, never kept.</summary>
    public required string CurrentState { get; init; }

    /// <summary>True when the browser gave coordinates and they were inside the region.</summary>
    public bool LocationChecked { get; init; }

    public RequestStatus Status { get; set; }

    /// <summary>When it stopped being pending: withdrawn, or decided by a draw.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The allocation run that decided it.</summary>
    public Guid? AllocationRunId { get; set; }

    public uint Version { get; set; }
}
