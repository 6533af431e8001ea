using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

/// <summary>
/// Sets a port's default day. The new default may not be below the people already confirmed on any coming
/// date that uses it; that is checked under the port's lock, in the transaction that saves the change.
/// </summary>
internal sealed class ChangePortCapacityHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ChangePortCapacity, Unit>
{
    public async Task<Unit> Handle(ChangePortCapacity request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Seats.LockPortAsync(db, request.PortCode, cancellationToken))
        {
            throw new KeyNotFoundException($"No port {request.PortCode}.");
        }

        var port = await db.Ports.SingleAsync(p => p.Code == request.PortCode, cancellationToken);
        var capacity = request.DailyCapacity!.Value;
        var today = PortClock.Today(clock, port.TimeZone);
        var ownCapacity = await db.PortDays
            .Where(d => d.PortCode == port.Code && d.Date >= today && (d.Capacity != null || d.Closed))
            .Select(d => d.Date)
            .ToListAsync(cancellationToken);
        var over = (await Seats.ConfirmedByDateAsync(db, port.Code, today, cancellationToken))
            .Where(c => c.Value > capacity && !ownCapacity.Contains(c.Key))
            .OrderBy(c => c.Key)
            .FirstOrDefault();
        if (over.Value > 0)
        {
            throw new RequestValidationException([new ValidationFailure(
                nameof(request.DailyCapacity),
                "People already confirmed at {1} on {2}: {0}. The daily capacity cannot be lower than that.",
                over.Value, port.Name, over.Key.ToString("D", System.Globalization.CultureInfo.CurrentUICulture))]);
        }

        var before = Snapshot(port);
        port.DailyCapacity = capacity;
        port.FirstSlot = request.FirstSlot!.Value;
        port.LastSlot = request.LastSlot!.Value;
        port.SlotMinutes = request.SlotMinutes!.Value;
        port.ChangedAt = now;
        port.ChangedBy = request.SupervisorId;
        db.AddAuditEntry(now, request.SupervisorId, null, SchedulingAuditActions.CapacityChanged, before, Snapshot(port));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    private static object Snapshot(Port port) => new
    {
        port = port.Code,
        dailyCapacity = port.DailyCapacity,
        firstSlot = port.FirstSlot.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        lastSlot = port.LastSlot.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        slotMinutes = port.SlotMinutes,
    };
}
