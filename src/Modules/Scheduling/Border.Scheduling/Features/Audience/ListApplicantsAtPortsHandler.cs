using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Audience;

internal sealed class ListApplicantsAtPortsHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ListApplicantsAtPorts, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListApplicantsAtPorts request, CancellationToken cancellationToken)
    {
        var ports = request.PortCodes.ToArray();
        var after = request.After ?? Guid.Empty;
        var now = clock.GetUtcNow();
        return await db.Database.SqlQueryRaw<Guid>($$"""
            SELECT applicant_id AS "Value" FROM (
                SELECT applicant_id FROM scheduling.appointment_requests r WHERE status = {{RequestStatusSql.Pending}} AND port_code = ANY({0})
                    AND NOT EXISTS (SELECT 1 FROM scheduling.allocation_runs run WHERE run.window_date = r.window_date)
                UNION
                SELECT applicant_id FROM scheduling.appointments WHERE port_code = ANY({0})
                    AND (status = {{AppointmentStatusSql.Confirmed}} OR (status = {{AppointmentStatusSql.Offered}} AND deadline > {1}))
            ) AS business
            WHERE applicant_id > {2}
            ORDER BY applicant_id
            LIMIT {3}
            """, ports, now, after, request.Limit).ToListAsync(cancellationToken);
    }
}
