using Border.Scheduling.Contracts;
using Border.Scheduling.Features.Requests;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Jobs;

/// <summary>
/// The daily draw: fills the date LeadDays after today in the request window's zone. Safe twice: the run is once per date
/// (a unique row), so a retry, a second node or a run after a node died finds it and does nothing.
/// </summary>
internal sealed class AllocationJob(
    IMediator mediator, TimeProvider clock, IOptionsMonitor<AllocationOptions> options, IOptionsMonitor<RequestWindowOptions> window)
{
    public const string Id = Border.Shared.Settings.SettingKeys.AllocationJob;


    public Task<AllocationRunResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new RunAllocation(AppointmentDate(window.CurrentValue.Today(clock.GetUtcNow()), options.CurrentValue.LeadDays)), cancellationToken);

    public static DateOnly AppointmentDate(DateOnly today, int leadDays) => today.AddDays(leadDays);
}

/// <summary>
/// Tells people their offer expired, then stores Expired on told offers a page at a time, for at most
/// <see cref="ClosingPages"/> pages a minute. Guarded by the expiry lock, its progress row and row locks, not by Hangfire.
/// </summary>
internal sealed class OfferExpiryJob(IMediator mediator)
{
    public const int ClosingPages = 40;

    public const string Id = "offer-expiry";

    public async Task<(int Told, int Closed)> RunAsync(CancellationToken cancellationToken)
    {
        var told = await mediator.Send(new ExpireOffers(), cancellationToken);
        var closed = 0;
        for (var page = 0; page < ClosingPages; page++)
        {
            var count = await mediator.Send(new CloseExpiredOffers(), cancellationToken);
            closed += count;
            if (count < CloseExpiredOffers.DefaultPageSize)
            {
                break;
            }
        }

        return (told, closed);
    }
}

/// <summary>Reminds people whose deadline is near; once per offer, by its conditional update.</summary>
internal sealed class DeadlineReminderJob(IMediator mediator)
{
    public const string Id = "deadline-reminder";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new SendDeadlineReminders(), cancellationToken);
}

/// <summary>Closes what each draw passed over and tells people; guarded by the run row's lock, not by Hangfire.</summary>
internal sealed class PassedOverJob(IMediator mediator)
{
    public const string Id = "passed-over";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new ClosePassedOverRequests(), cancellationToken);
}
