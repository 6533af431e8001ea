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

    /// <summary>The daily draw's recurring job (Scheduling registers it): its time is <see cref="AllocationRunAt"/>.</summary>
    public const string AllocationJob = "allocation";

    /// <summary>"true" while an admin has suspended the daily draw; the reasons are shown to applicants in their language.</summary>
    public const string DrawSuspended = "Scheduling:Allocation:Suspension:Suspended";
    public const string DrawSuspendedReasonEnglish = "Scheduling:Allocation:Suspension:ReasonEnglish";
    public const string DrawSuspendedReasonSpanish = "Scheduling:Allocation:Suspension:ReasonSpanish";
}
