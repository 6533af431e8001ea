using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Scheduling.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>What a cancelled and a missed appointment do alike: every case of the applicant still waiting for a decision notes the loss.</summary>
internal static class OpenCases
{
    public static async Task NoteLostAsync(
        CasesDbContext db, Guid applicantId, Guid appointmentId, OfferView appointment, AppointmentLoss how, CaseEventKind kind, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
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
}
