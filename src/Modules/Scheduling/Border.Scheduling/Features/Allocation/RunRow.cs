using System.Text.Json;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// The run's row: unique per appointment date, so inserting it claims the date (a second run finds it and does
/// nothing), and its existence decides every request of the window it did not select (see PassedOver).
/// </summary>
internal static class RunRow
{
    /// <summary>Inserts the row; false when another run has the date.</summary>
    public static async Task<bool> ClaimAsync(
        SchedulingDbContext db, Guid runId, RunAllocation request, DateOnly window, DateTimeOffset now, long seed, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO scheduling.allocation_runs (id, appointment_date, window_date, started_at, started_by, seed, inputs)
            VALUES ({runId}, {request.AppointmentDate}, {window}, {now}, {request.StartedBy}, {seed}, {"{}"}::jsonb)
            ON CONFLICT (appointment_date) DO NOTHING
            """, cancellationToken) == 1;

    public static Task<Guid> OfDateAsync(SchedulingDbContext db, DateOnly appointmentDate, CancellationToken cancellationToken) =>
        db.AllocationRuns.Where(r => r.AppointmentDate == appointmentDate).Select(r => r.Id).SingleAsync(cancellationToken);

    /// <summary>Stores what the run started from and its figures, so the run can be replayed and reported.</summary>
    public static Task FinishAsync(
        SchedulingDbContext db, Guid runId, RunRecord record, IReadOnlyDictionary<string, PortCount> counts, DateTimeOffset finishedAt,
        CancellationToken cancellationToken) =>
        db.AllocationRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Inputs, JsonSerializer.Serialize(record, RunAllocationHandler.Json))
                .SetProperty(r => r.Counts, JsonSerializer.Serialize(counts, RunAllocationHandler.Json))
                .SetProperty(r => r.FinishedAt, finishedAt),
            cancellationToken);
}
