using Border.Shared.Settings;

namespace Border.Scheduling.Features.Requests;

/// <summary>
/// Scheduling:RequestWindow. Requests are taken every day from <see cref="Opens"/> until the end of the
/// minute <see cref="Closes"/> (12:00 to 23:59 by default: open while the clock reads 12:00:00 to 23:59:59)
/// in <see cref="TimeZone"/>. Scheduling:Allocation's <see cref="AllocationOptions.RunAt"/> is when the
/// next day's draw decides them.
/// </summary>
internal sealed class RequestWindowOptions
{
    public const string Section = "Scheduling:RequestWindow";

    public string TimeZone { get; set; } = "America/New_York";

    public TimeOnly Opens { get; set; } = SettingKeys.DefaultOpens;

    public TimeOnly Closes { get; set; } = SettingKeys.DefaultCloses;
}

/// <summary>Scheduling:Allocation: the draw for a window runs the next day at <see cref="RunAt"/> (the window's zone).</summary>
internal sealed class AllocationOptions
{
    public const string Section = "Scheduling:Allocation";

    public TimeOnly RunAt { get; set; } = SettingKeys.DefaultRunAt;

    /// <summary>Days between the draw and the appointment date it fills.</summary>
    public int LeadDays { get; set; } = SettingKeys.DefaultLeadDays;
}
