using Border.Scheduling.Contracts;
using Border.Scheduling.Rules;
using Border.Shared.Settings;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Jobs;

/// <summary>
/// The daily draw: fills the date LeadDays after today in the request window's zone. Safe twice: the run is once per date
/// (a unique row), so a retry, a second node or a run after a node died finds it and does nothing. While an admin has
/// suspended the draw it skips, logged and in its Hangfire result; a supervisor's draw by hand does not come through here.
/// </summary>
internal sealed partial class AllocationJob(
    IMediator mediator,
    TimeProvider clock,
    IOptionsMonitor<AllocationOptions> options,
    IOptionsMonitor<RequestWindowOptions> window,
    IOptionsMonitor<DrawSuspensionOptions> suspension,
    SettingsReloader settings,
    ILogger<AllocationJob> logger)
{
    public const string Id = SettingKeys.AllocationJob;

    public async Task<AllocationJobOutcome> RunAsync(CancellationToken cancellationToken)
    {
        // A suspension saved on another node a moment ago must stop this run, not the next poll's.
        settings.ReloadNow();
        var appointmentDate = AppointmentDate(window.CurrentValue.Today(clock.GetUtcNow()), options.CurrentValue.LeadDays);
        var suspended = suspension.CurrentValue;
        if (suspended.Suspended)
        {
            LogSkipped(appointmentDate, suspended.ReasonEnglish);
            return new AllocationJobOutcome(null, suspended.ReasonEnglish);
        }

        return new AllocationJobOutcome(await mediator.Send(new RunAllocation(appointmentDate), cancellationToken), null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The daily draw for {AppointmentDate} was skipped: an admin suspended it ({Reason}).")]
    private partial void LogSkipped(DateOnly appointmentDate, string reason);

    public static DateOnly AppointmentDate(DateOnly today, int leadDays) => today.AddDays(leadDays);
}

/// <summary>What the daily draw's job did: the run, or, while the draw is suspended, no run and the admin's reason.</summary>
internal sealed record AllocationJobOutcome(AllocationRunResult? Run, string? SkippedBecause);

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
