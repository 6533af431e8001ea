namespace Border.Scheduling.Data;

/// <summary>One date at one port that differs from the port's default: its own capacity, or closed.</summary>
internal sealed class PortDay
{
    public required string PortCode { get; init; }

    /// <summary>The appointment day in the port's own zone.</summary>
    public DateOnly Date { get; init; }

    /// <summary>People that day; null keeps the port's default.</summary>
    public int? Capacity { get; set; }

    public bool Closed { get; set; }

    public string? ClosedReason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid ChangedBy { get; set; }
}
