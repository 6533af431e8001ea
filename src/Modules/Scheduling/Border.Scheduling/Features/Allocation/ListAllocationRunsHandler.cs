using System.Text.Json;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Allocation;

/// <summary>Runs with their recorded counts, and offers confirmed or expired since, per port.</summary>
internal sealed class ListAllocationRunsHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ListAllocationRuns, IReadOnlyList<AllocationRunSummary>>
{
    public async Task<IReadOnlyList<AllocationRunSummary>> Handle(ListAllocationRuns request, CancellationToken cancellationToken)
    {
        // Hand-written: figures merge grouped counts with the run's JSON counts per port, in memory.
        var runs = await db.AllocationRuns.AsNoTracking().Where(r => r.FinishedAt != null)
            .OrderByDescending(r => r.AppointmentDate).Take(Math.Clamp(request.Take, 1, 100))
            .Select(r => new { r.Id, r.AppointmentDate, r.StartedAt, r.FinishedAt, r.StartedBy, r.Seed, r.Counts })
            .ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var expired = AppointmentRules.Expired(clock.GetUtcNow());
        var outcomes = await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.AllocationRunId))
            .GroupBy(a => new { a.AllocationRunId, a.PortCode })
            .Select(g => new
            {
                g.Key.AllocationRunId,
                g.Key.PortCode,
                Confirmed = g.Count(a => AppointmentRules.Confirmed.Contains(a.Status)),
                Expired = g.AsQueryable().Count(expired),
            })
            .ToListAsync(cancellationToken);
        var names = await db.Ports.AsNoTracking().OrderBy(p => p.Code).ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);

        return [.. runs.Select(run =>
        {
            var counts = run.Counts is null ? [] : JsonSerializer.Deserialize<Dictionary<string, PortCount>>(run.Counts, RunAllocationHandler.Json) ?? [];
            var ports = names.Select(port =>
            {
                var count = counts.GetValueOrDefault(port.Key) ?? new PortCount(0, 0, 0, 0, 0, 0);
                var outcome = outcomes.FirstOrDefault(o => o.AllocationRunId == run.Id && o.PortCode == port.Key);
                return new PortRunFigures(port.Key, port.Value, count.Requests, count.Seats, count.Offers, count.OfferedPeople,
                    count.LongestWaitingPeople, outcome?.Confirmed ?? 0, outcome?.Expired ?? 0)
                {
                    ReleasedSeats = count.ReleasedSeats,
                    ReleasedPeople = count.ReleasedPeople,
                };
            }).ToList();
            return new AllocationRunSummary(run.Id, run.AppointmentDate, run.StartedAt, run.FinishedAt, run.StartedBy is not null, run.Seed, ports);
        })];
    }
}
