namespace Border.Scheduling.Rules;

/// <summary>
/// Scheduling:RequestWindow. Requests are taken every day from <see cref="Opens"/> until the end of the
/// minute <see cref="Closes"/> (12:00 to 23:59 by default: open while the clock reads 12:00:00 to 23:59:59)
/// in <see cref="TimeZone"/>. Scheduling:Allocation's <see cref="AllocationOptions.RunAt"/> is when the
/// next day's draw decides them.
/// </summary>
internal sealed class RequestWindowOptions
{
    public const string Section = "Scheduling:RequestWindow";

    /// <summary>The zone of Border's own days: the window, the draw's day and the dates counted from it.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public const string DefaultTimeZone = "America/New_York";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The day <paramref name="now"/> falls on in <see cref="TimeZone"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    public TimeOnly Opens { get; set; } = DefaultOpens;

    public TimeOnly Closes { get; set; } = DefaultCloses;

    public static readonly TimeOnly DefaultOpens = new(12, 0);

    public static readonly TimeOnly DefaultCloses = new(23, 59);
}

/// <summary>Scheduling:Allocation: the draw for a window runs the next day at <see cref="RunAt"/> (the window's zone).</summary>
internal sealed class AllocationOptions
{
    public const string Section = "Scheduling:Allocation";

    public TimeOnly RunAt { get; set; } = DefaultRunAt;

    /// <summary>Days between the draw and the appointment date it fills.</summary>
    public int LeadDays { get; set; } = DefaultLeadDays;

    public static readonly TimeOnly DefaultRunAt = new(12, 0);

    public const int DefaultLeadDays = 14;
}
