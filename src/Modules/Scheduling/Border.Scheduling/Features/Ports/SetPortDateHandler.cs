using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

/// <summary>
/// Gives one date its own capacity, or closes it. Neither may leave fewer seats than people already confirmed
/// that day: checked under the port's lock, in the transaction that saves the change.
/// </summary>
internal sealed class SetPortDateHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<SetPortDate, Unit>
{
    public async Task<Unit> Handle(SetPortDate request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var date = request.Date!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Seats.LockPortAsync(db, request.PortCode, cancellationToken))
        {
            throw new KeyNotFoundException($"No port {request.PortCode}.");
        }

        var port = await db.Ports.AsNoTracking().SingleAsync(p => p.Code == request.PortCode, cancellationToken);
        if (date < PortClock.Today(clock, port.TimeZone))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Date), "Choose today or a later date.")]);
        }

        var capacity = request.Closed ? 0 : request.Capacity!.Value;
        var confirmed = (await Seats.ConfirmedByDateAsync(db, port.Code, date, cancellationToken)).GetValueOrDefault(date);
        if (confirmed > capacity)
        {
            var day = date.ToString("D", CultureInfo.CurrentUICulture);
            throw new RequestValidationException([request.Closed
                ? new ValidationFailure(nameof(request.Closed), "People already confirmed at {1} on {2}: {0}. The date cannot close while they hold appointments.", confirmed, port.Name, day)
                : new ValidationFailure(nameof(request.Capacity), "People already confirmed at {1} on {2}: {0}. The capacity that day cannot be lower than that.", confirmed, port.Name, day)]);
        }

        var row = await db.PortDays.SingleOrDefaultAsync(d => d.PortCode == port.Code && d.Date == date, cancellationToken);
        var before = row is null ? null : Snapshot(row);
        if (row is null)
        {
            row = new PortDay { PortCode = port.Code, Date = date };
            db.PortDays.Add(row);
        }

        row.Capacity = request.Closed ? null : capacity;
        row.Closed = request.Closed;
        row.ClosedReason = request.Closed ? request.Reason!.Trim() : null;
        row.ChangedAt = now;
        row.ChangedBy = request.SupervisorId;
        db.AddAuditEntry(now, request.SupervisorId, null, SchedulingAuditActions.DateChanged, before, Snapshot(row));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    public static object Snapshot(PortDay day) => new
    {
        port = day.PortCode,
        date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        capacity = day.Capacity,
        closed = day.Closed,
        reason = day.ClosedReason,
    };
}
