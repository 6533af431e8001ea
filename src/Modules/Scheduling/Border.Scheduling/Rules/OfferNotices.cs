using Border.Notifications.Contracts;
using Border.Scheduling.Data;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Rules;

/// <summary>
/// The SQL that turns offers (changed by a conditional UPDATE, or found overdue) into notices in Scheduling's outbox, in the same
/// statement: one <see cref="NotificationsRequested"/> per port, slot and deadline, naming everyone it concerns, so
/// 100,000 expiries are one round trip and a few hundred outbox rows, not 100,000 of each. The JSON is the shape
/// System.Text.Json reads back as <see cref="NotificationsRequested"/> (a test reads it so).
/// </summary>
internal static class OfferNotices
{
    public static readonly string EventType = IntegrationEventRegistry.NameOf<NotificationsRequested>();

    /// <summary>
    /// Runs a statement ending in <see cref="NoticesAndCount"/> in a transaction of its own and returns its count. With
    /// PostgreSQL's default 4 MB of working memory, 100,000 changed rows spill to disk twice (the changed rows, then the
    /// grouping); the statement gets enough for itself alone. The parameters (the time among them) are made after
    /// <paramref name="takeLocks"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        SchedulingDbContext db, string sql, Func<object[]> parameters,
        Func<SchedulingDbContext, CancellationToken, Task>? takeLocks, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'", cancellationToken);
        if (takeLocks is not null)
        {
            await takeLocks(db, cancellationToken);
        }

        var count = await CountAsync(db, sql, parameters(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Runs a statement ending in <see cref="NoticesAndCount"/> in the caller's transaction.</summary>
    public static async Task<int> CountAsync(SchedulingDbContext db, string sql, object[] parameters, CancellationToken cancellationToken) =>
        // Not composed (SingleAsync would wrap it in a subquery, where a data-modifying WITH may not stand).
        (await db.Database.SqlQueryRaw<int>(sql, parameters).ToListAsync(cancellationToken)).Single();

    /// <summary>
    /// Follows the CTE <c>changed</c> (id, applicant_id, port_code, slot_starts_at, time_zone, deadline): queues the
    /// notices and selects how many rows changed. Parameters {0} = event type, {1} = now, {2} = kind.
    /// </summary>
    public const string NoticesAndCount = """
        , notices AS (
            INSERT INTO scheduling.outbox_messages (id, type, payload, occurred_at, attempts)
            SELECT gen_random_uuid(), {0}, jsonb_build_object(
                    'EventId', gen_random_uuid(), 'OccurredAt', {1}::timestamptz, 'RecipientIds', jsonb_agg(c.applicant_id),
                    'Kind', {2}::text, 'Link', '/appointments',
                    'Arguments', jsonb_build_object(
                        'port', jsonb_build_object('Text', p.name),
                        'slot', jsonb_build_object('At', c.slot_starts_at, 'TimeZone', c.time_zone),
                        'deadline', jsonb_build_object('At', c.deadline, 'TimeZone', c.time_zone))),
                {1}::timestamptz, 0
            FROM changed c JOIN scheduling.ports p ON p.code = c.port_code
            -- The recipients need no order: an ORDER BY inside the aggregate would sort each group again.
            GROUP BY p.name, c.slot_starts_at, c.time_zone, c.deadline
            RETURNING 1)
        SELECT count(*)::int AS "Value" FROM changed
        """;
}
