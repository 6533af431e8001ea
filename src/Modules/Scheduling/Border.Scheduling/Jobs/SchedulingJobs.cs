using Border.Scheduling.Contracts;
using Border.Scheduling.Features.Requests;
using MediatR;
using Microsoft.Extensions.Options;
using Quartz;

namespace Border.Scheduling.Jobs;

/// <summary>
/// The daily draw: fills the date LeadDays after today in US Eastern. Safe twice: the run is once per date
/// (a unique row), so a misfire replayed on another node finds it and does nothing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AllocationJob(IMediator mediator, TimeProvider clock, IOptionsMonitor<AllocationOptions> options) : IJob
{
    public static readonly JobKey Key = new("allocation", "scheduling");

    public static readonly TimeZoneInfo Eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await RunAsync(cancellationToken);

    public Task<AllocationRunResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new RunAllocation(AppointmentDate(clock.GetUtcNow(), options.CurrentValue.LeadDays)), cancellationToken);

    public static DateOnly AppointmentDate(DateTimeOffset now, int leadDays) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Eastern).DateTime).AddDays(leadDays);
}

/// <summary>Expires overdue offers; guarded by its conditional update, not by Quartz.</summary>
[DisallowConcurrentExecution]
internal sealed class OfferExpiryJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("offer-expiry", "scheduling");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await mediator.Send(new ExpireOffers(), cancellationToken);
}

/// <summary>Reminds people whose deadline is near; once per offer, by its conditional update.</summary>
[DisallowConcurrentExecution]
internal sealed class DeadlineReminderJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("deadline-reminder", "scheduling");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await mediator.Send(new SendDeadlineReminders(), cancellationToken);
}

/// <summary>Closes what each draw passed over and tells people; guarded by the run row's lock, not by Quartz.</summary>
[DisallowConcurrentExecution]
internal sealed class PassedOverJob(IMediator mediator) : IJob
{
    public static readonly JobKey Key = new("passed-over", "scheduling");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await mediator.Send(new ClosePassedOverRequests(), cancellationToken);
}
