using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckIn;

/// <summary>
/// One conditional update turns a confirmed appointment into its outcome, only while it is still confirmed: of two
/// officers recording at once (or an officer and the applicant cancelling), exactly one wins, and the other is shown
/// what was recorded. The audit entry commits with the change. Arrived and no-show before the appointment's day
/// make no sense, and a mismatch can only be seen when the person is there, so no outcome is taken before the day.
/// A no-show is told to the other modules through the outbox in the same transaction, only by the request that won.
/// </summary>
internal sealed class RecordCheckInHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<RecordCheckIn, RecordCheckInResult?>
{
    public async Task<RecordCheckInResult?> Handle(RecordCheckIn request, CancellationToken cancellationToken)
    {
        var appointment = await Load(request.AppointmentId, cancellationToken);
        if (appointment is null)
        {
            return null;
        }

        if (ViewCheckInHandler.Recorded(appointment) is { } already)
        {
            return new RecordCheckInResult(already, AlreadyRecorded: true);
        }

        if (appointment.Status != AppointmentStatus.Confirmed)
        {
            throw Refusal.Of("Only a confirmed appointment can be checked in.");
        }

        if (PortClock.Today(clock, appointment.TimeZone) < appointment.Date)
        {
            throw Refusal.Of("This appointment is on {0}. Its outcome can be recorded from that day on.", Refusal.Day(appointment.Date));
        }

        var now = clock.GetUtcNow();
        var outcome = request.Outcome!.Value;
        var status = CheckInOutcomes.StatusOf(outcome);
        var note = outcome == CheckInOutcome.IdentityMismatch ? request.Note!.Trim() : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.Appointments
            .Where(a => a.Id == appointment.Id && a.Status == AppointmentStatus.Confirmed)
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.Status, status).SetProperty(a => a.CheckedInAt, now)
                    .SetProperty(a => a.CheckedInBy, request.StaffId).SetProperty(a => a.CheckInNote, note),
                cancellationToken);
        if (won == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await Load(appointment.Id, cancellationToken) is { } latest && ViewCheckInHandler.Recorded(latest) is { } first
                ? new RecordCheckInResult(first, AlreadyRecorded: true)
                : throw Refusal.Of("Only a confirmed appointment can be checked in.");
        }

        db.AddAuditEntry(now, request.StaffId, appointment.ApplicantId, SchedulingAuditActions.CheckInRecorded,
            before: new { appointmentId = appointment.Id, status = AppointmentStatus.Confirmed.ToString() },
            after: new { appointmentId = appointment.Id, status = status.ToString(), checkedInAt = now, note });
        if (outcome == CheckInOutcome.NoShow)
        {
            db.AddIntegrationEvent(new AppointmentMissed(Guid.CreateVersion7(now), now, appointment.ApplicantId, appointment.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RecordCheckInResult(new RecordedCheckIn(outcome, now, request.StaffId, note), AlreadyRecorded: false);
    }

    private Task<Appointment?> Load(Guid id, CancellationToken cancellationToken) =>
        db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.ConfirmationNumber != null, cancellationToken);
}
