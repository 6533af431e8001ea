namespace Border.Shared.Jobs.Dashboard.Changes;

/// <summary>
/// A schedule an admin set from the dashboard. The modules register their triggers at every start and Quartz
/// overwrites the stored ones then, so the admin's choice is kept here and put back after each start.
/// </summary>
internal sealed class JobScheduleOverride
{
    public required string TriggerGroup { get; init; }

    public required string TriggerName { get; init; }

    public required string Cron { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid ChangedBy { get; set; }
}
