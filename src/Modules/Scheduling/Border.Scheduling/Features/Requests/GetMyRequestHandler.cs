using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Requests;

/// <summary>Always through the applicant's own id: another applicant's request id finds nothing.</summary>
internal sealed class GetMyRequestHandler(SchedulingDbContext db, RequestWindow window, IOptionsMonitor<RequestWindowOptions> options)
    : IRequestHandler<GetMyRequest, RequestView?>
{
    public async Task<RequestView?> Handle(GetMyRequest request, CancellationToken cancellationToken)
    {
        var mine = db.Requests.AsNoTracking().Where(r => r.ApplicantId == request.UserId);
        if (request.RequestId is { } id)
        {
            mine = mine.Where(r => r.Id == id);
        }

        var found = await mine
            .OrderByDescending(r => r.RequestedAt)
            .Join(db.Ports, r => r.PortCode, p => p.Code, (r, p) => new
            {
                r.Id, r.Reference, r.PortCode, PortName = p.Name, p.TimeZone, r.Status, r.WindowDate, r.RequestedAt, r.TravellerCount,
                // A pending request of a drawn window was passed over (see PassedOver).
                Drawn = db.AllocationRuns.Any(run => run.WindowDate == r.WindowDate),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new RequestView(
                found.Id,
                found.Reference,
                found.PortCode,
                found.PortName,
                found.TimeZone,
                found.Status == RequestStatus.Pending && found.Drawn ? RequestStatus.NotSelected : found.Status,
                found.WindowDate,
                window.AppointmentDate(found.WindowDate),
                found.RequestedAt,
                window.DrawAt(found.WindowDate),
                found.TravellerCount,
                options.CurrentValue.TimeZone);
    }
}
