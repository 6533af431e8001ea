using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Expiry;

/// <summary>
/// One statement: a conditional UPDATE (only rows still Offered and due, so a confirmation that won the row
/// lock first is left alone and a second node finds nothing) whose RETURNING feeds the outbox INSERT. The
/// change and its notices commit together or not at all. Photos taken for an offer that was never confirmed go too.
/// </summary>
internal sealed class ExpireOffersHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ExpireOffers, int>
{
    public async Task<int> Handle(ExpireOffers request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sql = """
            WITH changed AS (
                UPDATE scheduling.appointments SET status = 'Expired', expired_at = {1}::timestamptz
                WHERE status = 'Offered' AND deadline <= {1}::timestamptz
                RETURNING id, applicant_id, port_code, slot_starts_at, time_zone, deadline),
            photos AS (DELETE FROM scheduling.live_photos WHERE appointment_id IN (SELECT id FROM changed))
            """ + OfferNotices.NoticesAndCount;
        return await OfferNotices.RunAsync(db, sql, [OfferNotices.EventType, now, NotificationKinds.OfferExpired], cancellationToken);
    }
}
