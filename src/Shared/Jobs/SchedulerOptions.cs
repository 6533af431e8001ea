namespace Border.Shared.Jobs;

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off in tests that must not fire jobs on their own.</summary>
    public bool Enabled { get; set; } = true;
}
