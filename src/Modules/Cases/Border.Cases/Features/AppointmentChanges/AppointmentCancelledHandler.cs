using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using MediatR;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>
/// The group's offer or appointment was cancelled: every case of the applicant still waiting for a decision stays open,
/// says so on its pages and in its history, and no longer sorts in the queue by that appointment. A redelivery does nothing.
/// </summary>
internal sealed class AppointmentCancelledHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<AppointmentCancelled>
{
    public async Task Handle(AppointmentCancelled notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(AppointmentCancelledHandler), now, cancellationToken))
        {
            return;
        }

        // Null when the appointment is gone with a closed account: nothing is left to tell.
        if (await mediator.Send(new GetMyOffer(notification.ApplicantId, notification.AppointmentId), cancellationToken) is { } appointment)
        {
            await OpenCases.NoteLostAsync(
                db, notification.ApplicantId, notification.AppointmentId, appointment, AppointmentLoss.Cancelled, CaseEventKind.AppointmentCancelled, now,
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
