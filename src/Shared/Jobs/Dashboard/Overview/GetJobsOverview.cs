using MediatR;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.Overview;

/// <summary>What the admins' jobs dashboard shows at the top: counters, every job and trigger, the cluster.</summary>
public sealed record GetJobsOverview : IRequest<JobsOverview>;

public sealed record JobsOverview(
    JobCounters Counters, IReadOnlyList<JobSummary> Jobs, IReadOnlyList<SchedulerNode> Nodes, string ThisNode);

/// <summary>Runs in the last 24 hours by outcome, what is running now, and misfires in the last 24 hours.</summary>
public sealed record JobCounters(int Succeeded, int Failed, int Running, int Misfires);

public sealed record JobSummary(
    JobKey Key, string? Description, IReadOnlyList<TriggerSummary> Triggers, LastRun? LastRun, IReadOnlyList<string> RunningOn);

/// <summary>A trigger's schedule: a cron expression in its zone, or a fixed interval.</summary>
public sealed record TriggerSummary(
    TriggerKey Key, string? Cron, TimeZoneInfo? TimeZone, TimeSpan? Interval,
    DateTimeOffset? NextFire, DateTimeOffset? PreviousFire, bool Paused);

public sealed record LastRun(DateTimeOffset FiredAt, JobRunResult Result, TimeSpan Duration, string Node, string? EntryId);

public sealed record SchedulerNode(string InstanceId, DateTimeOffset? LastCheckIn, ClusterNodeState State);
