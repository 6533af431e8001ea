namespace Border.Shared.Jobs;

/// <summary>The audit log's names for what an admin did on the jobs dashboard (/admin/hangfire).</summary>
public static class JobAuditActions
{
    /// <summary>A recurring job run now ("Trigger now").</summary>
    public const string Triggered = "jobs.triggered";

    /// <summary>Jobs put back in their queue ("Requeue"), from any list or a job's page.</summary>
    public const string Requeued = "jobs.requeued";

    /// <summary>Jobs or recurring jobs deleted.</summary>
    public const string Deleted = "jobs.deleted";

    /// <summary>Any other change the dashboard makes (a recurring job disabled or enabled, for instance).</summary>
    public const string Changed = "jobs.changed";

    /// <summary>Written by the Quartz dashboard Border used before Hangfire; kept so old entries still read in words.</summary>
    public const string RunNow = "jobs.run-now";

    public const string Paused = "jobs.trigger-paused";

    public const string Resumed = "jobs.trigger-resumed";

    public const string Rescheduled = "jobs.trigger-rescheduled";
}
