using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Rules;

/// <summary>
/// A draw decides every request of its window, but rewriting a million passed-over rows would take it far past
/// its time budget. So the draw changes only the requests it selects, and a request still pending in a drawn window
/// is, by that fact, not selected. The passed-over job then closes those rows a page at a time and tells people;
/// every reader that asks whether a request still waits goes through <see cref="Pending"/>, so none of them sees the gap.
/// </summary>
internal static class PassedOver
{
    /// <summary>
    /// Closes one applicant's passed-over request before they request again, and tells them as the job would have.
    /// Call inside the caller's transaction; the notice is saved with the caller's SaveChanges.
    /// </summary>
    public static async Task CloseForApplicantAsync(SchedulingDbContext db, Guid applicantId, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = await db.Database.SqlQueryRaw<ClosedRequest>($$"""
            UPDATE scheduling.appointment_requests r SET status = {{RequestStatusSql.NotSelected}}, closed_at = {0}, allocation_run_id = run.id
            FROM scheduling.allocation_runs run
            WHERE r.applicant_id = {1} AND r.status = {{RequestStatusSql.Pending}} AND run.window_date = r.window_date
            RETURNING r.port_code AS "PortCode", r.applicant_id AS "ApplicantId", run.started_at AS "DrawnAt"
            """, now, applicantId).ToListAsync(cancellationToken);
        await TellAsync(db, closed, zone, now, cancellationToken);
    }

    /// <summary>
    /// Adds one "not selected" notice per port and draw to the outbox: each names its port and the draw's day
    /// in <paramref name="zone"/>, the request window's.
    /// </summary>
    public static async Task TellAsync(
        SchedulingDbContext db, IReadOnlyCollection<ClosedRequest> closed, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (closed.Count == 0)
        {
            return;
        }

        var names = await db.Ports.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        foreach (var group in closed.GroupBy(c => (c.PortCode, c.DrawnAt)))
        {
            var drawDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(group.Key.DrawnAt, zone).DateTime);
            db.AddIntegrationEvent(new NotificationsRequested(
                Guid.CreateVersion7(now),
                now,
                [.. group.Select(c => c.ApplicantId)],
                NotificationKinds.NotSelected,
                new Dictionary<string, NotificationArgument>
                {
                    [NotificationArguments.Port] = NotificationArgument.Of(names.GetValueOrDefault(group.Key.PortCode, group.Key.PortCode)),
                    [NotificationArguments.DrawDay] = NotificationArgument.Date(drawDay),
                },
                "/appointments"));
        }
    }
}

internal sealed record ClosedRequest(string PortCode, Guid ApplicantId, DateTimeOffset DrawnAt);
