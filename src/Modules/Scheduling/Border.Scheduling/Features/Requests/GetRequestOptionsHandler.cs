using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Requests;

internal sealed class GetRequestOptionsHandler(
    SchedulingDbContext db, RequestGate gate, RequestWindow window, IOptionsMonitor<RegionOptions> region, IMediator mediator)
    : IRequestHandler<GetRequestOptions, RequestOptions>
{
    public async Task<RequestOptions> Handle(GetRequestOptions request, CancellationToken cancellationToken)
    {
        var checkedGate = await gate.CheckAsync(request.UserId, cancellationToken);
        var appointmentDate = window.AppointmentDate(checkedGate.Window.WindowDate);
        var closed = await gate.ClosedPortsAsync(appointmentDate, cancellationToken);
        // Hand-written: each choice adds whether the port is closed that day, from another query.
        var ports = await db.Ports.AsNoTracking().OrderBy(p => p.SortOrder)
            .Select(p => new { p.Code, p.Name, p.UsState, p.TimeZone })
            .ToListAsync(cancellationToken);
        var current = await mediator.Send(new GetMyRequest(request.UserId), cancellationToken);
        return new RequestOptions(
            checkedGate.Block,
            checkedGate.Window,
            appointmentDate,
            [.. ports.Select(p => new PortChoice(p.Code, p.Name, p.UsState, p.TimeZone, closed.ContainsKey(p.Code), closed.GetValueOrDefault(p.Code)))],
            checkedGate.Profile.CurrentState,
            region.CurrentValue.Eligible,
            current,
            checkedGate.DrawSuspendedReason);
    }
}
