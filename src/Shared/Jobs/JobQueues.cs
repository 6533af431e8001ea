namespace Border.Shared.Jobs;

/// <summary>
/// Hangfire queues. Each group is served by its own Hangfire server on every node, with workers of its own,
/// so a policy fan-out over a million people can never hold the worker the draw or expiry needs.
/// </summary>
public static class JobQueues
{
    /// <summary>The draw, expiry, reminders and closing what a draw passed over: short, and time matters.</summary>
    public const string Scheduling = "scheduling";

    /// <summary>Email delivery, enqueued when an email is queued and swept every minute for retries.</summary>
    public const string Email = "email";

    /// <summary>Long work: the policy fan-out. Also housekeeping (outbox cleanup), which can wait.</summary>
    public const string Bulk = "bulk";

    public const string Default = "default";
}
