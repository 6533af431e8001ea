using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;

namespace Border.Scheduling.Features.Expiry;

/// <summary>
/// An offer is expired from its deadline on (see <see cref="AppointmentRules"/>); this tells the people whose deadline
/// passed since the last run, in one statement: it reads the offers between the progress row and now, deletes their
/// confirmation photos, queues one notice per port, slot and deadline, and moves the progress row to now. It writes
/// no appointment row, so 100,000 expiries cost a read, not 100,000 updates; <see cref="CloseExpiredOffersHandler"/>
/// brings their stored status up to date afterwards. Under the expiry lock alone, so no confirmation is in flight.
/// </summary>
internal sealed class ExpireOffersHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ExpireOffers, int>
{
    public async Task<int> Handle(ExpireOffers request, CancellationToken cancellationToken)
    {
        var sql = $$"""
            WITH progress AS (
                INSERT INTO scheduling.offer_expiry_progress (id, told_through) VALUES ({{OfferExpiryProgress.SingleId}}, {1}::timestamptz)
                ON CONFLICT (id) DO UPDATE SET told_through = greatest(offer_expiry_progress.told_through, excluded.told_through)),
            changed AS (
                SELECT id, applicant_id, port_code, slot_starts_at, time_zone, deadline FROM scheduling.appointments
                WHERE status = {{AppointmentStatusSql.Offered}} AND deadline <= {1}::timestamptz
                  AND deadline > coalesce((SELECT told_through FROM scheduling.offer_expiry_progress), '-infinity')),
            photos AS (DELETE FROM scheduling.live_photos WHERE appointment_id IN (SELECT id FROM changed))
            """ + OfferNotices.NoticesAndCount;
        return await OfferNotices.RunAsync(
            db, sql, () => [OfferNotices.EventType, clock.GetUtcNow(), NotificationKinds.OfferExpired], OfferExpiryLock.TakeAloneAsync, cancellationToken);
    }
}
