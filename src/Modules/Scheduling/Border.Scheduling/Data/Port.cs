namespace Border.Scheduling.Data;

/// <summary>A land port of entry with its default day: capacity in people and a plan of slots in its own time zone.</summary>
internal sealed class Port
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The U.S. state's two-letter code, for telling the ports apart (Nogales, AZ).</summary>
    public required string UsState { get; init; }

    /// <summary>IANA zone; slot times and appointment days are in it.</summary>
    public required string TimeZone { get; init; }

    public int SortOrder { get; init; }

    public int DailyCapacity { get; set; }

    public TimeOnly FirstSlot { get; set; }

    public TimeOnly LastSlot { get; set; }

    public int SlotMinutes { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }

    public uint Version { get; set; }
}
