using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// A conditional update on the applicant's own offer or confirmed appointment: Cancelled holds no seats, so they
/// return to the day at once. The group is freed through the outbox, in the same transaction.
/// </summary>
internal sealed class CancelAppointmentHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<CancelAppointment, bool>
{
    public async Task<bool> Handle(CancelAppointment request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await db.Appointments
            .Where(a => a.Id == request.AppointmentId && a.ApplicantId == request.UserId
                && (a.Status == AppointmentStatus.Offered || a.Status == AppointmentStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AppointmentStatus.Cancelled).SetProperty(a => a.CancelledAt, now), cancellationToken);
        if (cancelled == 0)
        {
            return false;
        }

        db.AddIntegrationEvent(new AppointmentCancelled(Guid.CreateVersion7(now), now, request.UserId, request.AppointmentId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
