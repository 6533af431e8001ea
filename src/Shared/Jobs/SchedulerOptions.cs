namespace Border.Shared.Jobs;

/// <summary>Scheduler: how this node takes part in running Border's background jobs (Hangfire).</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off in tests that must not run jobs on their own: this node then runs no Hangfire server.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Hangfire's tables may be created by this node at start. Only `migrate` installs them in Production; a web
    /// node never changes the schema (tests and `./border run` migrate first too).
    /// </summary>
    public bool PrepareSchema { get; set; }

    /// <summary>
    /// How long a job a node fetched stays invisible to the others. Sliding: a live node keeps extending it, so a
    /// long job is not taken twice, while a node killed mid-job has it picked up elsewhere within this time.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The fallback poll of each queue; LISTEN/NOTIFY wakes a worker at once when a job is enqueued.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often each node looks for recurring jobs that are due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>This node's name on the dashboard's servers page (each server adds its queue group).</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>Workers per queue group on this node (see <see cref="JobQueues"/>).</summary>
    public int SchedulingWorkers { get; set; } = 2;

    public int EmailWorkers { get; set; } = 2;

    public int BulkWorkers { get; set; } = 1;

    /// <summary>Succeeded jobs (and their results) stay on the dashboard this long; failed ones until someone acts.</summary>
    public TimeSpan KeepSucceeded { get; set; } = TimeSpan.FromDays(7);
}
