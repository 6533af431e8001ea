using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

internal sealed class ChangePortArrivalHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ChangePortArrival, Unit>
{
    public async Task<Unit> Handle(ChangePortArrival request, CancellationToken cancellationToken)
    {
        var port = await db.Ports.SingleOrDefaultAsync(p => p.Code == request.PortCode, cancellationToken)
            ?? throw new KeyNotFoundException($"No port {request.PortCode}.");
        var now = clock.GetUtcNow();
        var before = Snapshot(port);
        port.Address = request.Address!.Trim();
        port.Latitude = request.Latitude;
        port.Longitude = request.Longitude;
        port.ArriveMinutesBefore = request.ArriveMinutesBefore!.Value;
        port.ChangedAt = now;
        port.ChangedBy = request.SupervisorId;
        db.AddAuditEntry(now, request.SupervisorId, null, SchedulingAuditActions.ArrivalChanged, before, Snapshot(port));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static object Snapshot(Port port) => new
    {
        port = port.Code,
        address = port.Address,
        latitude = port.Latitude,
        longitude = port.Longitude,
        arriveMinutesBefore = port.ArriveMinutesBefore,
    };
}
