namespace Border.Scheduling.Data;

/// <summary>
/// One daily draw, for one appointment date (unique: a second run for the date allocates nothing new). It keeps
/// its seed, what it read and what it gave, so anyone can replay it and get the same offers.
/// </summary>
internal sealed class AllocationRun
{
    public Guid Id { get; init; }

    public DateOnly AppointmentDate { get; init; }

    /// <summary>The request window whose requests it drew from.</summary>
    public DateOnly WindowDate { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>A supervisor who started it by hand; null for the scheduled job.</summary>
    public Guid? StartedBy { get; init; }

    public long Seed { get; init; }

    /// <summary>JSON: the settings and seats per port it ran with.</summary>
    public required string Inputs { get; set; }

    /// <summary>JSON: requests, seats, offers and the longest-waiting share, per port and in all.</summary>
    public string? Counts { get; set; }

    /// <summary>
    /// When every request the run passed over had been closed as not selected and its applicant told. Until then the
    /// pages read a pending request of a drawn window as not selected; the passed-over job closes them page by page.
    /// </summary>
    public DateTimeOffset? PassedOverClosedAt { get; set; }
}
