namespace Border.Shared.Jobs.Dashboard;

/// <summary>The audit log's names for what an admin did to the scheduler.</summary>
public static class JobAuditActions
{
    public const string RunNow = "jobs.run-now";
    public const string Paused = "jobs.trigger-paused";
    public const string Resumed = "jobs.trigger-resumed";
    public const string Rescheduled = "jobs.trigger-rescheduled";
}
