using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>
/// After a cancellation or a no-show, a newly confirmed appointment is the one the case waits for: the lost one stops being
/// shown and the queue orders the case by the new one. Cases that lost nothing are left as they were sent.
/// </summary>
internal sealed class AppointmentConfirmedHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<AppointmentConfirmed>
{
    public async Task Handle(AppointmentConfirmed notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(AppointmentConfirmedHandler), now, cancellationToken))
        {
            return;
        }

        var waiting = await db.Cases
            .Where(c => c.ApplicantId == notification.ApplicantId && c.LostAppointmentAt != null && Transitions.AwaitingDecision.Contains(c.State))
            .ToListAsync(cancellationToken);
        // Read now, not when it was confirmed: an appointment cancelled since then replaces nothing.
        if (waiting.Count > 0
            && await mediator.Send(new GetMyOffer(notification.ApplicantId, notification.AppointmentId), cancellationToken) is { Status: AppointmentStatus.Confirmed } appointment)
        {
            foreach (var @case in waiting)
            {
                LostAppointments.Replace(@case, appointment.SlotStartsAt, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
