using MediatR;
using Quartz;
using Quartz.Extensibility;

namespace Border.Shared.Jobs.Dashboard.History;

internal sealed class GetJobRunsHandler(ISchedulerFactory schedulers, IExecutionHistoryStore history) : IRequestHandler<GetJobRuns, JobRuns>
{
    public async Task<JobRuns> Handle(GetJobRuns request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await history.QueryExecutions(new ExecutionHistoryQuery
        {
            SchedulerName = scheduler.SchedulerName,
            Job = request.Job,
            Results = request.Outcome is { } outcome ? [outcome] : null,
            Skip = Math.Max(0, request.Page) * GetJobRuns.PageSize,
            Take = GetJobRuns.PageSize,
            IncludeTotalCount = true,
        }, cancellationToken);
        var jobs = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
            .OrderBy(k => k.Group).ThenBy(k => k.Name).ToList();
        return new JobRuns([.. page.Items.Select(JobRunFrom.Entry)], page.TotalCount ?? page.Items.Count, page.HasMore, jobs);
    }
}

internal static class JobRunFrom
{
    public static JobRun Entry(ExecutionHistoryEntry entry) => new(
        entry.EntryId ?? string.Empty,
        new JobKey(entry.JobName, entry.JobGroup),
        new TriggerKey(entry.TriggerName, entry.TriggerGroup),
        entry.FiredAtUtc,
        entry.Duration,
        entry.SchedulerInstanceId,
        entry.EffectiveResult,
        entry.Manual,
        entry.ExceptionMessage);
}
