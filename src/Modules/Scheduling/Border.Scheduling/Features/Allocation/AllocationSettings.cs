namespace Border.Scheduling.Features.Allocation;

/// <summary>The numbers a run is made with; recorded in the run, so a replay uses them too.</summary>
internal sealed class AllocationSettings
{
    public const string Section = "Scheduling:Draw";

    /// <summary>Of each port's free seats, the part that goes to the requests whose applicants registered first.</summary>
    public decimal LongestWaitingShare { get; set; } = DefaultLongestWaitingShare;

    /// <summary>How long an offer waits for its confirmation.</summary>
    public TimeSpan ConfirmationTime { get; set; } = DefaultConfirmationTime;

    /// <summary>A run fills seats released on an earlier date only while that date is at least this many days away.</summary>
    public int ReleasedSeatsMinimumDays { get; set; } = 2;

    /// <summary>How many passed-over requests are closed, and their people told, in one transaction after a draw.</summary>
    public int PassedOverPageSize { get; set; } = 5_000;

    public const decimal DefaultLongestWaitingShare = 0.5m;

    public static readonly TimeSpan DefaultConfirmationTime = TimeSpan.FromHours(23);
}
