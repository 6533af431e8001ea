using System.Security.Cryptography;
using System.Text.Json;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// The daily draw, in one transaction: the run's row (unique per appointment date) first, then each port's seats,
/// its pending requests, the plan, the offers with their slots and deadlines, the selected requests closed, and an
/// email for each offer. The requests it passed over are decided by the run's row (see PassedOver). A crash leaves
/// nothing; a second run for the date finds the row and does nothing.
/// </summary>
internal sealed class RunAllocationHandler(
    SchedulingDbContext db,
    TimeProvider clock,
    IOptionsMonitor<AllocationOptions> schedule,
    IOptionsMonitor<AllocationSettings> settings,
    IOptionsMonitor<RequestWindowOptions> requestWindow)
    : IRequestHandler<RunAllocation, AllocationRunResult>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AllocationRunResult> Handle(RunAllocation request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var window = request.AppointmentDate.AddDays(-(schedule.CurrentValue.LeadDays + 1));
        var share = settings.CurrentValue.LongestWaitingShare;
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var runId = Guid.CreateVersion7(now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await RunRow.ClaimAsync(db, runId, request, window, now, seed, cancellationToken))
        {
            return new AllocationRunResult(await RunRow.OfDateAsync(db, request.AppointmentDate, cancellationToken), AlreadyRan: true, 0, 0, 0);
        }

        var ports = await LockPortsAsync(cancellationToken);
        var released = await ReleasedDatesAsync(request.AppointmentDate, now, cancellationToken);
        var seats = await FreeSeats.ReadAsync(db, [.. released, request.AppointmentDate], now, cancellationToken);
        var candidates = await Candidates.ReadAsync(db, window, decidedByRun: null, cancellationToken);
        var drawn = ports.ToDictionary(
            p => p.Code,
            p => PortDraw.Run(p, seats, candidates.GetValueOrDefault(p.Code) ?? [], request.AppointmentDate, released, share, seed));
        var offers = drawn.Values.SelectMany(d => d.Offers).ToList();

        await NewOffers.AddAsync(db, offers, runId, now, now + settings.CurrentValue.ConfirmationTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await CloseSelectedAsync(offers, runId, now, cancellationToken);
        await RunRow.FinishAsync(db, runId, Record(drawn, released, share), drawn.ToDictionary(d => d.Key, d => d.Value.Count), clock.GetUtcNow(), cancellationToken);
        db.AddAuditEntry(now, request.StartedBy ?? Guid.Empty, null, SchedulingAuditActions.AllocationRun,
            after: new { runId, appointmentDate = request.AppointmentDate, window, offers = offers.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new AllocationRunResult(runId, AlreadyRan: false, candidates.Values.Sum(c => c.Count), offers.Count, offers.Sum(o => o.Selection.People));
    }

    /// <summary>Capacity changes and confirmations lock a port's row; so does the run, in a fixed order, for every port.</summary>
    private Task<List<Port>> LockPortsAsync(CancellationToken cancellationToken) =>
        db.Ports.FromSql($"SELECT *, xmin FROM scheduling.ports ORDER BY code FOR UPDATE").AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>
    /// Earlier dates whose draw has already run and which are still at least <see cref="AllocationSettings.ReleasedSeatsMinimumDays"/>
    /// days away (in the request window's zone, where the run's day is counted): seats released there by expiry or cancellation go
    /// back into this run's pool.
    /// </summary>
    private async Task<List<DateOnly>> ReleasedDatesAsync(DateOnly appointmentDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = requestWindow.CurrentValue.Today(now);
        var earliest = today.AddDays(settings.CurrentValue.ReleasedSeatsMinimumDays);
        return await db.AllocationRuns.AsNoTracking()
            .Where(r => r.AppointmentDate >= earliest && r.AppointmentDate < appointmentDate && r.FinishedAt != null)
            .OrderBy(r => r.AppointmentDate).Select(r => r.AppointmentDate)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Only the selected rows change here; the rest of the window is passed over by this run's row existing,
    /// and the passed-over job closes those rows and tells people afterwards (see PassedOver).
    /// </summary>
    private Task CloseSelectedAsync(IReadOnlyList<Offer> offers, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var selectedIds = offers.Select(o => o.Selection.RequestId).ToList();
        return db.Requests.Where(r => selectedIds.Contains(r.Id) && r.Status == RequestStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, RequestStatus.Selected).SetProperty(r => r.ClosedAt, now).SetProperty(r => r.AllocationRunId, runId),
            cancellationToken);
    }

    /// <summary>What every port's draw started from, on the run's date and on each released date, for replaying the run.</summary>
    private RunRecord Record(Dictionary<string, DrawnPort> drawn, IReadOnlyList<DateOnly> released, decimal share) =>
        new(schedule.CurrentValue.LeadDays, share, settings.CurrentValue.ConfirmationTime, drawn.ToDictionary(d => d.Key, d => d.Value.Input))
        {
            Released = [.. released.Select((date, i) => new ReleasedInput(date, drawn.ToDictionary(d => d.Key, d => d.Value.Released[i])))],
        };
}
