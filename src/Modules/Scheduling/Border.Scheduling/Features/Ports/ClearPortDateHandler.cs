using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Ports;

/// <summary>A date goes back to the port's default, unless the default is below the people confirmed that day.</summary>
internal sealed class ClearPortDateHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ClearPortDate, bool>
{
    public async Task<bool> Handle(ClearPortDate request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Seats.LockPortAsync(db, request.PortCode, cancellationToken))
        {
            return false;
        }

        var row = await db.PortDays.SingleOrDefaultAsync(d => d.PortCode == request.PortCode && d.Date == request.Date, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var port = await db.Ports.AsNoTracking().SingleAsync(p => p.Code == request.PortCode, cancellationToken);
        var confirmed = (await Seats.ConfirmedByDateAsync(db, port.Code, request.Date, cancellationToken)).GetValueOrDefault(request.Date);
        if (confirmed > port.DailyCapacity)
        {
            throw new RequestValidationException([new ValidationFailure(
                "Date",
                "People already confirmed at {1} on {2}: {0}. The port's default capacity is lower, so this date keeps its own.",
                confirmed, port.Name, request.Date.ToString("D", CultureInfo.CurrentUICulture))]);
        }

        db.PortDays.Remove(row);
        db.AddAuditEntry(now, request.SupervisorId, null, SchedulingAuditActions.DateCleared, SetPortDateHandler.Snapshot(row), null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
