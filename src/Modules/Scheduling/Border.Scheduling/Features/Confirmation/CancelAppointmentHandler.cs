using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Confirmation;

/// <summary>
/// A conditional update on the applicant's own offer or confirmed appointment: Cancelled holds no seats, so they
/// return to the day at once. The group is freed, and the person told, through the outbox in the same transaction;
/// the confirmation photos are deleted with it.
/// </summary>
internal sealed class CancelAppointmentHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<CancelAppointment, bool>
{
    public async Task<bool> Handle(CancelAppointment request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await OfferExpiryLock.ShareAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var cancelled = await db.Appointments
            .Where(a => a.Id == request.AppointmentId && a.ApplicantId == request.UserId)
            .Where(AppointmentRules.Live(now))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AppointmentStatus.Cancelled).SetProperty(a => a.CancelledAt, now), cancellationToken);
        if (cancelled == 0)
        {
            return false;
        }

        // The confirmation photos were only for the officer at the port; with no visit they go.
        await db.LivePhotos.Where(p => p.AppointmentId == request.AppointmentId).ExecuteDeleteAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().Where(a => a.Id == request.AppointmentId)
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new { p.Name, a.SlotStartsAt, a.TimeZone })
            .SingleAsync(cancellationToken);
        db.AddIntegrationEvent(new AppointmentCancelled(Guid.CreateVersion7(now), now, request.UserId, request.AppointmentId));
        db.AddIntegrationEvent(new NotificationRequested(
            Guid.CreateVersion7(now), now, request.UserId, NotificationKinds.AppointmentCancelled,
            new Dictionary<string, NotificationArgument>
            {
                [NotificationArguments.Port] = NotificationArgument.Of(appointment.Name),
                [NotificationArguments.Slot] = NotificationArgument.Moment(appointment.SlotStartsAt, appointment.TimeZone),
                [NotificationArguments.Reason] = NotificationArgument.Translated("You cancelled it yourself."),
            },
            "/appointments"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
