using Border.Shared.Jobs.Dashboard.History;
using MediatR;
using Quartz;
using Quartz.Extensibility;

namespace Border.Shared.Jobs.Dashboard.Runs;

internal sealed class GetJobRunDetailsHandler(ISchedulerFactory schedulers, IExecutionHistoryStore history)
    : IRequestHandler<GetJobRunDetails, JobRunDetails?>
{
    public async Task<JobRunDetails?> Handle(GetJobRunDetails request, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var entry = await history.GetExecution(scheduler.SchedulerName, request.EntryId, cancellationToken);
        return entry is null ? null : new JobRunDetails(JobRunFrom.Entry(entry), entry.Summary, entry.Log);
    }
}
