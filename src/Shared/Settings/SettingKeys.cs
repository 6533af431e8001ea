using Quartz;

namespace Border.Shared.Settings;

/// <summary>
/// The configuration keys admins may set from /admin/settings. Their defaults belong to the modules' options
/// classes, which register them as <see cref="SettingDefault"/>s, so the page and the modules never disagree.
/// </summary>
public static class SettingKeys
{
    public const string WindowOpens = "Scheduling:RequestWindow:Opens";
    public const string WindowCloses = "Scheduling:RequestWindow:Closes";

    /// <summary>The zone of Border's own days (the window, the draw); set in configuration, not on the page.</summary>
    public const string WindowTimeZone = "Scheduling:RequestWindow:TimeZone";
    public const string AllocationRunAt = "Scheduling:Allocation:RunAt";
    public const string LeadDays = "Scheduling:Allocation:LeadDays";
    public const string LongestWaitingShare = "Scheduling:Draw:LongestWaitingShare";
    public const string ConfirmationTime = "Scheduling:Draw:ConfirmationTime";
    public const string ReminderBefore = "Scheduling:Reminders:Before";

    /// <summary>Stored as one comma-separated row; the configuration provider spreads it into an array.</summary>
    public const string EligibleStates = "Scheduling:Region:EligibleStates";
    public const string GroupMaximum = "Accounts:Group:MaximumSize";

    /// <summary>The daily draw's trigger: its cron and <see cref="AllocationRunAt"/> are one setting.</summary>
    public static readonly TriggerKey AllocationTrigger = new("allocation", "scheduling");

    /// <summary>A Quartz cron for every day at <paramref name="time"/>.</summary>
    public static string DailyCron(TimeOnly time) => $"0 {time.Minute} {time.Hour} * * ?";

    /// <summary>The time of a cron that runs every day at one time (such as 0 30 9 * * ?), else null.</summary>
    public static TimeOnly? DailyTime(string? cron) =>
        cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["0", var minute, var hour, "*", "*", "?" or "*"]
        && int.TryParse(minute, out var m) && int.TryParse(hour, out var h) && m is >= 0 and < 60 && h is >= 0 and < 24
            ? new TimeOnly(h, m)
            : null;
}
