namespace Border.Scheduling.Data;

/// <summary>How far an offer's confirmation has come; each step's time, so no step can be skipped.</summary>
internal sealed class ConfirmationProgress
{
    public Guid AppointmentId { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The Mexican state the applicant said they were in at confirmation; coordinates are checked, never kept.</summary>
    public string? CurrentState { get; set; }

    public DateTimeOffset? LocationCheckedAt { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}
