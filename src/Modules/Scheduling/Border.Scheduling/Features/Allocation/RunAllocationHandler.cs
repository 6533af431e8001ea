using System.Security.Cryptography;
using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
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
    SchedulingDbContext db, TimeProvider clock, IOptionsMonitor<AllocationOptions> schedule, IOptionsMonitor<AllocationSettings> settings)
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
        var days = await db.PortDays.AsNoTracking().Where(d => d.Date == request.AppointmentDate).ToDictionaryAsync(d => d.PortCode, cancellationToken);
        var held = await db.Appointments.AsNoTracking()
            .Where(a => a.Date == request.AppointmentDate && a.Status != AppointmentStatus.Expired && a.Status != AppointmentStatus.Cancelled)
            .GroupBy(a => new { a.PortCode, a.SlotStart })
            .Select(g => new { g.Key.PortCode, g.Key.SlotStart, People = g.Sum(a => a.PeopleCount) })
            .ToDictionaryAsync(h => (h.PortCode, h.SlotStart), h => h.People, cancellationToken);
        var candidates = await Candidates.ReadAsync(db, window, decidedByRun: null, cancellationToken);

        var inputs = new Dictionary<string, PortInput>();
        var counts = new Dictionary<string, PortCount>();
        var offers = new List<(Port Port, Selection Selection, TimeOnly Slot)>();
        foreach (var port in ports)
        {
            var plan = new SlotPlan(port.FirstSlot, port.LastSlot, port.SlotMinutes);
            var slots = plan.Starts();
            var day = days.GetValueOrDefault(port.Code);
            var closed = day?.Closed == true;
            var seats = plan.SeatsPerSlot(closed ? 0 : day?.Capacity ?? port.DailyCapacity);
            var free = slots.Select((start, i) => Math.Max(0, seats[i] - held.GetValueOrDefault((port.Code, start)))).ToArray();
            var portCandidates = candidates.GetValueOrDefault(port.Code) ?? [];
            var chosen = AllocationPlan.Choose(portCandidates, free, share, PortSeeds.For(seed, port.Code));

            inputs[port.Code] = new PortInput(closed, [.. slots.Select(s => s.ToString("HH:mm"))], free);
            counts[port.Code] = new PortCount(
                portCandidates.Count, portCandidates.Sum(c => c.People), free.Sum(), chosen.Count, chosen.Sum(s => s.People),
                chosen.Where(s => s.By == SelectedBy.LongestWaiting).Sum(s => s.People));
            offers.AddRange(chosen.Select(s => (port, s, slots[s.Slot])));
        }

        var selectedIds = offers.Select(o => o.Selection.RequestId).ToList();
        var groups = await db.Requests.AsNoTracking().Where(r => selectedIds.Contains(r.Id))
            .Select(r => new { r.Id, r.ApplicantId, r.TravellerIds }).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var (port, selection, slot) in offers)
        {
            var group = groups[selection.RequestId];
            var zone = TimeZoneInfo.FindSystemTimeZoneById(port.TimeZone);
            var local = request.AppointmentDate.ToDateTime(slot);
            var startsAt = new DateTimeOffset(local, zone.GetUtcOffset(local));
            db.Appointments.Add(new Appointment
            {
                Id = Guid.CreateVersion7(now),
                RequestId = selection.RequestId,
                ApplicantId = group.ApplicantId,
                AllocationRunId = runId,
                PortCode = port.Code,
                Date = request.AppointmentDate,
                SlotStart = slot,
                TimeZone = port.TimeZone,
                SlotStartsAt = startsAt.ToUniversalTime(),
                PeopleCount = selection.People,
                TravellerIds = group.TravellerIds,
                Status = AppointmentStatus.Offered,
                OfferedAt = now,
                Deadline = deadline,
            });
            db.AddIntegrationEvent(new NotificationRequested(
                Guid.CreateVersion7(now), now, group.ApplicantId, NotificationKinds.AppointmentOffered,
                new Dictionary<string, NotificationArgument>
                {
                    ["port"] = NotificationArgument.Of(port.Name),
                    ["slot"] = NotificationArgument.Moment(startsAt, port.TimeZone),
                    ["deadline"] = NotificationArgument.Moment(deadline, port.TimeZone),
                },
                "/appointments"));
        }

        await db.SaveChangesAsync(cancellationToken);
        // Only the selected rows change here; the rest of the window is passed over by this run's row existing,
        // and the passed-over job closes those rows and tells people afterwards (see PassedOver).
        await db.Requests.Where(r => selectedIds.Contains(r.Id) && r.Status == RequestStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, RequestStatus.Selected).SetProperty(r => r.ClosedAt, now).SetProperty(r => r.AllocationRunId, runId),
            cancellationToken);

        var record = new RunRecord(schedule.CurrentValue.LeadDays, share, settings.CurrentValue.ConfirmationTime, inputs);
        await db.AllocationRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Inputs, JsonSerializer.Serialize(record, Json))
                .SetProperty(r => r.Counts, JsonSerializer.Serialize(counts, Json))
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow()),
            cancellationToken);
        db.AddAuditEntry(now, request.StartedBy ?? Guid.Empty, null, "scheduling.allocation-run",
            after: new { runId, appointmentDate = request.AppointmentDate, window, offers = offers.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new AllocationRunResult(runId, AlreadyRan: false, candidates.Values.Sum(c => c.Count), offers.Count, offers.Sum(o => o.Selection.People));
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>What a port's draw started from: the seats free in each slot after offers and appointments already held.</summary>
internal sealed record PortInput(bool Closed, IReadOnlyList<string> Slots, IReadOnlyList<int> Free);

internal sealed record PortCount(int Requests, int RequestedPeople, int Seats, int Offers, int OfferedPeople, int LongestWaitingPeople);

internal sealed record RunRecord(int LeadDays, decimal LongestWaitingShare, TimeSpan ConfirmationTime, IReadOnlyDictionary<string, PortInput> Ports);
