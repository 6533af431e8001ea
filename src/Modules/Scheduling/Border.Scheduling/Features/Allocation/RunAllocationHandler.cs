using System.Security.Cryptography;
using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Features.Expiry;
using Border.Scheduling.Features.Ports;
using Border.Scheduling.Features.Requests;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// The daily draw, in one transaction: the run's row (unique per appointment date) first, then each port's seats,
/// its pending requests, the plan, the offers with their slots and deadlines, the selected requests closed, and an
/// email for each offer. The requests it passed over are decided by the run's row (see PassedOver). A crash leaves nothing; a second run for the date finds the row and does nothing.
/// </summary>
internal sealed class RunAllocationHandler(
    SchedulingDbContext db,
    TimeProvider clock,
    IOptionsMonitor<AllocationOptions> schedule,
    IOptionsMonitor<AllocationSettings> settings,
    IOptionsMonitor<RequestWindowOptions> requestWindow)
    : IRequestHandler<RunAllocation, AllocationRunResult>
{
    public async Task<AllocationRunResult> Handle(RunAllocation request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var window = request.AppointmentDate.AddDays(-(schedule.CurrentValue.LeadDays + 1));
        var share = settings.CurrentValue.LongestWaitingShare;
        var deadline = now + settings.CurrentValue.ConfirmationTime;
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var runId = Guid.CreateVersion7(now);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO scheduling.allocation_runs (id, appointment_date, window_date, started_at, started_by, seed, inputs)
            VALUES ({runId}, {request.AppointmentDate}, {window}, {now}, {request.StartedBy}, {seed}, {"{}"}::jsonb)
            ON CONFLICT (appointment_date) DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            var existing = await db.AllocationRuns.Where(r => r.AppointmentDate == request.AppointmentDate).Select(r => r.Id).SingleAsync(cancellationToken);
            return new AllocationRunResult(existing, AlreadyRan: true, 0, 0, 0);
        }

        // Capacity changes and confirmations lock a port's row; so does the run, in a fixed order, for every port.
        var ports = await db.Ports.FromSql($"SELECT *, xmin FROM scheduling.ports ORDER BY code FOR UPDATE").AsNoTracking().ToListAsync(cancellationToken);
        var released = await ReleasedDatesAsync(request.AppointmentDate, now, cancellationToken);
        var dates = released.Append(request.AppointmentDate).ToList();
        var days = await db.PortDays.AsNoTracking().Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => (d.PortCode, d.Date), cancellationToken);
        var held = await db.Appointments.AsNoTracking()
            .Where(a => dates.Contains(a.Date)).Where(AppointmentRules.HoldsSeats(now))
            .GroupBy(a => new { a.PortCode, a.Date, a.SlotStart })
            .Select(g => new { g.Key.PortCode, g.Key.Date, g.Key.SlotStart, People = g.Sum(a => a.PeopleCount) })
            .ToDictionaryAsync(h => (h.PortCode, h.Date, h.SlotStart), h => h.People, cancellationToken);
        var candidates = await Candidates.ReadAsync(db, window, decidedByRun: null, cancellationToken);

        var inputs = new Dictionary<string, PortInput>();
        var counts = new Dictionary<string, PortCount>();
        var releasedInputs = released.Select(date => new ReleasedInput(date, new Dictionary<string, PortInput>())).ToList();
        var offers = new List<Offer>();
        foreach (var port in ports)
        {
            var plan = new SlotPlan(port.FirstSlot, port.LastSlot, port.SlotMinutes);
            var slots = plan.Starts();
            var portCandidates = candidates.GetValueOrDefault(port.Code) ?? [];
            var (input, chosen) = Draw(port, plan, request.AppointmentDate, portCandidates, PortSeeds.For(seed, port.Code));
            inputs[port.Code] = input;
            offers.AddRange(chosen.Select(s => new Offer(port, s, request.AppointmentDate, slots[s.Slot])));

            // Seats given back on the earlier dates the run may still fill, soonest first, among the requests left.
            var left = portCandidates;
            var again = new List<Selection>();
            foreach (var refill in releasedInputs)
            {
                left = Remaining(left, chosen);
                (refill.Ports[port.Code], chosen) = Draw(port, plan, refill.Date, left, PortSeeds.ForReleased(seed, port.Code, refill.Date));
                offers.AddRange(chosen.Select(s => new Offer(port, s, refill.Date, slots[s.Slot])));
                again.AddRange(chosen);
            }

            var first = offers.Where(o => o.Port == port && o.Date == request.AppointmentDate).Select(o => o.Selection).ToList();
            counts[port.Code] = new PortCount(
                portCandidates.Count, portCandidates.Sum(c => c.People), input.Free.Sum(), first.Count, first.Sum(s => s.People),
                first.Where(s => s.By == SelectedBy.LongestWaiting).Sum(s => s.People))
            {
                ReleasedSeats = releasedInputs.Sum(r => r.Ports[port.Code].Free.Sum()),
                ReleasedOffers = again.Count,
                ReleasedPeople = again.Sum(s => s.People),
            };
        }

        (PortInput Input, List<Selection> Chosen) Draw(Port port, SlotPlan plan, DateOnly date, IReadOnlyList<Candidate> among, ulong portSeed)
        {
            var slots = plan.Starts();
            var day = days.GetValueOrDefault((port.Code, date));
            var closed = day?.Closed == true;
            var seats = plan.SeatsPerSlot(closed ? 0 : day?.Capacity ?? port.DailyCapacity);
            var free = slots.Select((start, i) => Math.Max(0, seats[i] - held.GetValueOrDefault((port.Code, date, start)))).ToArray();
            var chosen = AllocationPlan.Choose(among, free, share, portSeed);
            return (new PortInput(closed, [.. slots.Select(s => s.ToString("HH:mm"))], free), chosen);
        }

        var selectedIds = offers.Select(o => o.Selection.RequestId).ToList();
        var groups = await db.Requests.AsNoTracking().Where(r => selectedIds.Contains(r.Id))
            .Select(r => new { r.Id, r.ApplicantId, r.TravellerIds }).ToDictionaryAsync(r => r.Id, cancellationToken);
        await OverdueOffersOf.CloseAsync(db, [.. groups.Values.Select(g => g.ApplicantId).Distinct()], now, cancellationToken);
        foreach (var (port, selection, date, slot) in offers)
        {
            var group = groups[selection.RequestId];
            db.Appointments.Add(new Appointment
            {
                Id = Guid.CreateVersion7(now),
                RequestId = selection.RequestId,
                ApplicantId = group.ApplicantId,
                AllocationRunId = runId,
                PortCode = port.Code,
                Date = date,
                SlotStart = slot,
                TimeZone = port.TimeZone,
                SlotStartsAt = StartsAt(port, date, slot).ToUniversalTime(),
                PeopleCount = selection.People,
                TravellerIds = group.TravellerIds,
                Status = AppointmentStatus.Offered,
                OfferedAt = now,
                Deadline = deadline,
            });
        }

        // One notice per port and slot: everyone offered the same time is told the same words, in one outbox row.
        foreach (var slot in offers.GroupBy(o => (o.Port, o.Date, o.Slot)))
        {
            var (port, date, start) = slot.Key;
            db.AddIntegrationEvent(new NotificationsRequested(
                Guid.CreateVersion7(now), now, [.. slot.Select(o => groups[o.Selection.RequestId].ApplicantId)], NotificationKinds.AppointmentOffered,
                new Dictionary<string, NotificationArgument>
                {
                    [NotificationArguments.Port] = NotificationArgument.Of(port.Name),
                    [NotificationArguments.Slot] = NotificationArgument.Moment(StartsAt(port, date, start), port.TimeZone),
                    [NotificationArguments.Deadline] = NotificationArgument.Moment(deadline, port.TimeZone),
                },
                "/appointments"));
        }

        await db.SaveChangesAsync(cancellationToken);
        // Only the selected rows change here; the rest of the window is passed over by this run's row existing,
        // and the passed-over job closes those rows and tells people afterwards (see PassedOver).
        await db.Requests.Where(r => selectedIds.Contains(r.Id) && r.Status == RequestStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, RequestStatus.Selected).SetProperty(r => r.ClosedAt, now).SetProperty(r => r.AllocationRunId, runId),
            cancellationToken);

        var record = new RunRecord(schedule.CurrentValue.LeadDays, share, settings.CurrentValue.ConfirmationTime, inputs) { Released = releasedInputs };
        await db.AllocationRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Inputs, JsonSerializer.Serialize(record, Json))
                .SetProperty(r => r.Counts, JsonSerializer.Serialize(counts, Json))
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow()),
            cancellationToken);
        db.AddAuditEntry(now, request.StartedBy ?? Guid.Empty, null, SchedulingAuditActions.AllocationRun,
            after: new { runId, appointmentDate = request.AppointmentDate, window, offers = offers.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new AllocationRunResult(runId, AlreadyRan: false, candidates.Values.Sum(c => c.Count), offers.Count, offers.Sum(o => o.Selection.People));
    }

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

    /// <summary>The slot's start at the port, in the port's own time zone.</summary>
    private static DateTimeOffset StartsAt(Port port, DateOnly date, TimeOnly slot)
    {
        var local = date.ToDateTime(slot);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(port.TimeZone).GetUtcOffset(local));
    }

    private static List<Candidate> Remaining(IReadOnlyList<Candidate> candidates, IReadOnlyList<Selection> taken)
    {
        var ids = taken.Select(t => t.RequestId).ToHashSet();
        return [.. candidates.Where(c => !ids.Contains(c.RequestId))];
    }

    private sealed record Offer(Port Port, Selection Selection, DateOnly Date, TimeOnly Slot);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>What a port's draw started from: the seats free in each slot after offers and appointments already held.</summary>
internal sealed record PortInput(bool Closed, IReadOnlyList<string> Slots, IReadOnlyList<int> Free);

/// <summary>A port's figures in one run: the run's own date, and the released seats it filled on earlier dates.</summary>
internal sealed record PortCount(int Requests, int RequestedPeople, int Seats, int Offers, int OfferedPeople, int LongestWaitingPeople)
{
    public int ReleasedSeats { get; init; }

    public int ReleasedOffers { get; init; }

    public int ReleasedPeople { get; init; }
}

internal sealed record RunRecord(int LeadDays, decimal LongestWaitingShare, TimeSpan ConfirmationTime, IReadOnlyDictionary<string, PortInput> Ports)
{
    /// <summary>The earlier dates whose released seats the run filled after its own date, in the order it filled them.</summary>
    public IReadOnlyList<ReleasedInput> Released { get; init; } = [];
}

/// <summary>An earlier date's seats as the run found them, per port.</summary>
internal sealed record ReleasedInput(DateOnly Date, Dictionary<string, PortInput> Ports);
