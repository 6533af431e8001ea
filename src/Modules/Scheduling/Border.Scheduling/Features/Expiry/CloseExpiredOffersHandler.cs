using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Expiry;

/// <summary>
/// Stores Expired on offers already told they expired (deadline at or before the progress row), a page at a time.
/// Nothing reads differently afterwards: the rows only stop being overdue offers in the deadline index. Rows a
/// second node holds are skipped; a row a confirmation holds is re-read and left alone if it was confirmed.
/// </summary>
internal sealed class CloseExpiredOffersHandler(SchedulingDbContext db) : IRequestHandler<CloseExpiredOffers, int>
{
    private const string Sql = $$"""
        UPDATE scheduling.appointments SET status = {{AppointmentStatusSql.Expired}}, expired_at = deadline
        WHERE status = {{AppointmentStatusSql.Offered}} AND id IN (
            SELECT id FROM scheduling.appointments
            WHERE status = {{AppointmentStatusSql.Offered}} AND deadline <= (SELECT told_through FROM scheduling.offer_expiry_progress)
            LIMIT {0} FOR UPDATE SKIP LOCKED)
        """;

    public Task<int> Handle(CloseExpiredOffers request, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Sql, [Math.Clamp(request.PageSize, 1, 50_000)], cancellationToken);
}
