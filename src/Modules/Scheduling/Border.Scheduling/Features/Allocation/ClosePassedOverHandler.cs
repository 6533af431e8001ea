using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// After each draw: its passed-over requests become NotSelected and their applicants are told, one page per
/// transaction. The run's row is locked for the page (SKIP LOCKED, so a second node moves on), the page's rows
/// change only while still pending, and the page's notices go to the outbox with them: a crash repeats nothing
/// and loses nothing. The run is marked done when a page comes back short.
/// </summary>
internal sealed class ClosePassedOverHandler(
    SchedulingDbContext db, TimeProvider clock, IOptionsMonitor<AllocationSettings> settings, IOptionsMonitor<RequestWindowOptions> window)
    : IRequestHandler<ClosePassedOverRequests, int>
{
    public async Task<int> Handle(ClosePassedOverRequests request, CancellationToken cancellationToken)
    {
        var runs = await db.AllocationRuns.AsNoTracking()
            .Where(r => r.PassedOverClosedAt == null && r.FinishedAt != null)
            .OrderBy(r => r.StartedAt)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var runId in runs)
        {
            int page;
            do
            {
                page = await ClosePageAsync(runId, cancellationToken);
                closed += page;
            }
            while (page > 0);
        }

        return closed;
    }

    private async Task<int> ClosePageAsync(Guid runId, CancellationToken cancellationToken)
    {
        var size = Math.Max(1, settings.CurrentValue.PassedOverPageSize);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.AllocationRuns
            .FromSql($"SELECT * FROM scheduling.allocation_runs WHERE id = {runId} AND passed_over_closed_at IS NULL FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var decidedAt = run.FinishedAt ?? run.StartedAt;
        var closed = await db.Database.SqlQueryRaw<ClosedRequest>($$"""
            UPDATE scheduling.appointment_requests r SET status = {{RequestStatusSql.NotSelected}}, closed_at = {0}, allocation_run_id = {1}
            WHERE r.status = {{RequestStatusSql.Pending}} AND r.id IN (
                SELECT id FROM scheduling.appointment_requests WHERE window_date = {2} AND status = {{RequestStatusSql.Pending}} LIMIT {3})
            RETURNING r.port_code AS "PortCode", r.applicant_id AS "ApplicantId", {4} AS "DrawnAt"
            """, decidedAt, run.Id, run.WindowDate, size, run.StartedAt).ToListAsync(cancellationToken);
        await PassedOver.TellAsync(db, closed, window.CurrentValue.Zone, now, cancellationToken);
        if (closed.Count < size)
        {
            run.PassedOverClosedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return closed.Count;
    }
}
