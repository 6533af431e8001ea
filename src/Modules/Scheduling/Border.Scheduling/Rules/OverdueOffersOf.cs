using Border.Notifications.Contracts;
using Border.Scheduling.Data;

namespace Border.Scheduling.Rules;

/// <summary>
/// For a draw about to offer these applicants a new appointment: their offers already past the deadline may not be
/// closed yet, and the one-live-offer index counts stored statuses. This closes them now, in the draw's transaction,
/// telling those the expiry job had not told yet (it then finds them closed and skips them). The caller holds the
/// ports' locks; the expiry lock is taken after them, as confirmations do.
/// </summary>
internal static class OverdueOffersOf
{
    public static async Task<int> CloseAsync(SchedulingDbContext db, Guid[] applicants, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (applicants.Length == 0)
        {
            return 0;
        }

        await OfferExpiryLock.ShareAsync(db, cancellationToken);
        const string sql = $$"""
            WITH closed AS (
                UPDATE scheduling.appointments SET status = {{AppointmentStatusSql.Expired}}, expired_at = deadline
                WHERE applicant_id = ANY({3}) AND status = {{AppointmentStatusSql.Offered}} AND deadline <= {1}::timestamptz
                RETURNING id, applicant_id, port_code, slot_starts_at, time_zone, deadline),
            changed AS (
                SELECT * FROM closed WHERE deadline > coalesce((SELECT told_through FROM scheduling.offer_expiry_progress), '-infinity')),
            photos AS (DELETE FROM scheduling.live_photos WHERE appointment_id IN (SELECT id FROM changed))
            """ + OfferNotices.NoticesAndCount;
        return await OfferNotices.CountAsync(db, sql, [OfferNotices.EventType, now, NotificationKinds.OfferExpired, applicants], cancellationToken);
    }
}
