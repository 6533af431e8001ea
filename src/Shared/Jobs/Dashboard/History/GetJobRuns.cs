using MediatR;
using Quartz;

namespace Border.Shared.Jobs.Dashboard.History;

/// <summary>One page of the execution history, newest first, narrowed to a job and an outcome when given.</summary>
public sealed record GetJobRuns(JobKey? Job, JobRunResult? Outcome, int Page) : IRequest<JobRuns>
{
    public const int PageSize = 25;
}

public sealed record JobRuns(IReadOnlyList<JobRun> Items, int Total, bool HasMore, IReadOnlyList<JobKey> Jobs);

public sealed record JobRun(
    string EntryId, JobKey Job, TriggerKey Trigger, DateTimeOffset Started, TimeSpan Duration, string Node,
    JobRunResult Outcome, bool Manual, string? Error)
{
    public DateTimeOffset Ended => Started + Duration;
}
