using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>
/// What a cancelled and a missed appointment do alike: every case of the applicant still waiting for a decision stays
/// open, notes the loss on its pages and in its history, and no longer sorts in the queue by that appointment. Once per
/// event: a redelivery does nothing.
/// </summary>
internal static class OpenCases
{
    public static async Task NoteLostAsync(
        CasesDbContext db, IMediator mediator, TimeProvider clock, Guid eventId, string handler, Guid applicantId, Guid appointmentId, AppointmentLoss how,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(eventId, handler, now, cancellationToken))
        {
            return;
        }

        // Null when the appointment is gone with a closed account: nothing is left to tell.
        if (await mediator.Send(new GetMyOffer(applicantId, appointmentId), cancellationToken) is { } appointment)
        {
            var kind = how == AppointmentLoss.Missed ? CaseEventKind.AppointmentMissed : CaseEventKind.AppointmentCancelled;
            var open = await db.Cases
                .Where(c => c.ApplicantId == applicantId && Transitions.AwaitingDecision.Contains(c.State))
                .ToListAsync(cancellationToken);
            foreach (var @case in open)
            {
                LostAppointments.Lose(@case, how, appointment.SlotStartsAt, appointment.PortName, appointment.PortTimeZone, now);
                CaseHistory.Record(db, @case, kind, Guid.Empty, now, after: new
                {
                    @case.Id,
                    AppointmentId = appointmentId,
                    appointment.PortCode,
                    appointment.SlotStartsAt,
                    Status = appointment.Status.ToString(),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
