namespace Border.Shared.Settings;

/// <summary>
/// The configuration keys admins may set from /admin/settings, and their defaults. The modules' option classes
/// take their defaults from here, so the page and the modules never disagree about a value nobody set.
/// </summary>
public static class SettingKeys
{
    public const string WindowOpens = "Scheduling:RequestWindow:Opens";
    public const string WindowCloses = "Scheduling:RequestWindow:Closes";
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

    public static readonly TimeOnly DefaultOpens = new(12, 0);
    public static readonly TimeOnly DefaultCloses = new(23, 59);
    public static readonly TimeOnly DefaultRunAt = new(12, 0);
    public const int DefaultLeadDays = 14;
    public const decimal DefaultLongestWaitingShare = 0.5m;
    public static readonly TimeSpan DefaultConfirmationTime = TimeSpan.FromHours(23);
    public static readonly TimeSpan DefaultReminderBefore = TimeSpan.FromHours(3);
    public const int DefaultGroupMaximum = 8;

    /// <summary>
    /// Every state north of about the 19th parallel, plus Tabasco and Chiapas (added in August 2024). Out by
    /// default: Guerrero, Oaxaca (south of the line), Campeche, Yucatán and Quintana Roo (the Yucatán
    /// peninsula, which the published rule never included). Morelos, whose capital lies at 18.9°, is in.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultEligibleStates =
    [
        "AGU", "BCN", "BCS", "CHP", "CHH", "CMX", "COA", "COL", "DUR", "MEX", "GUA", "HID", "JAL", "MIC", "MOR", "NAY",
        "NLE", "PUE", "QUE", "SLP", "SIN", "SON", "TAB", "TAM", "TLA", "VER", "ZAC",
    ];
}
