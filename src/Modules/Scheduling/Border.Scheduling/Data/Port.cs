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

    /// <summary>Where to go on the day, as a person would type it into a map: street, city, state and ZIP.</summary>
    public string? Address { get; set; }

    /// <summary>The entrance the applicants use, for the map link (WGS 84 degrees).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>How long before their slot the group should be at the port.</summary>
    public int ArriveMinutesBefore { get; set; } = 60;

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }

    public uint Version { get; set; }
}
