using MediatR;
using Quartz;
using Quartz.Extensibility;

namespace Border.Shared.Jobs.Dashboard.Overview;

internal sealed class GetJobsOverviewHandler(ISchedulerFactory schedulers, IExecutionHistoryStore history, TimeProvider clock)
    : IRequestHandler<GetJobsOverview, JobsOverview>
{
    public async Task<JobsOverview> Handle(GetJobsOverview request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-1);
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery { Take = PagedQuery.All }, cancellationToken)).Items;
        var statuses = (await history.QueryJobRunStatuses(
            new JobRunStatusQuery { SchedulerName = scheduler.SchedulerName, Take = PagedQuery.All }, cancellationToken)).Items
            .ToDictionary(s => s.Job);

        var jobs = new List<JobSummary>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = new List<TriggerSummary>();
            foreach (var trigger in await scheduler.GetTriggersOfJob(key, cancellationToken))
            {
                var state = await scheduler.GetTriggerState(trigger.Key, cancellationToken);
                triggers.Add(new TriggerSummary(
                    trigger.Key,
                    (trigger as ICronTrigger)?.CronExpressionString,
                    (trigger as ICronTrigger)?.TimeZone,
                    (trigger as ISimpleTrigger)?.RepeatInterval,
                    trigger.NextFireTimeUtc,
                    trigger.PreviousFireTimeUtc,
                    state is TriggerState.Paused));
            }

            var last = statuses.GetValueOrDefault(key) is { } status
                ? new LastRun(status.LastFiredAtUtc, status.LastResult, status.LastDuration, status.LastSchedulerInstanceId ?? string.Empty, status.LastEntryId)
                : null;
            jobs.Add(new JobSummary(
                key, detail?.Description, triggers, last,
                [.. running.Where(f => Equals(f.JobKey, key)).Select(f => f.SchedulerInstanceId)]));
        }

        var nodes = (await scheduler.QueryClusterNodes(cancellationToken))
            .Select(n => new SchedulerNode(n.InstanceId, n.LastCheckInUtc, n.State)).ToList();
        var counters = new JobCounters(
            await CountAsync(scheduler.SchedulerName, since, JobRunResult.Succeeded, cancellationToken),
            await CountAsync(scheduler.SchedulerName, since, JobRunResult.Failed, cancellationToken),
            running.Count(f => f.JobKey is not null),
            await history.CountMisfires(scheduler.SchedulerName, since, cancellationToken));
        return new JobsOverview(counters, jobs, nodes, scheduler.SchedulerInstanceId);
    }

    private async Task<int> CountAsync(string schedulerName, DateTimeOffset since, JobRunResult result, CancellationToken cancellationToken)
    {
        var page = await history.QueryExecutions(
            new ExecutionHistoryQuery { SchedulerName = schedulerName, FiredFrom = since, Results = [result], Take = 0, IncludeTotalCount = true },
            cancellationToken);
        return page.TotalCount ?? 0;
    }
}
