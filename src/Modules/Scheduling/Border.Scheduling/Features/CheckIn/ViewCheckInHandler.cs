using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.CheckIn;

/// <summary>
/// The appointment for the officer at the port. The travellers' names, birth dates and document photos come from
/// Accounts through its audited staff lookup; this module records that the appointment itself was opened.
/// </summary>
internal sealed class ViewCheckInHandler(SchedulingDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ViewCheckIn, CheckInView?>
{
    public async Task<CheckInView?> Handle(ViewCheckIn request, CancellationToken cancellationToken)
    {
        var found = await db.Appointments.AsNoTracking()
            .Where(a => a.Id == request.AppointmentId && a.ConfirmationNumber != null && AppointmentRules.Confirmed.Contains(a.Status))
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new { Appointment = a, PortName = p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var a = found.Appointment;
        var now = clock.GetUtcNow();
        db.AddAuditEntry(now, request.StaffId, a.ApplicantId, SchedulingAuditActions.CheckInViewed,
            after: new { appointmentId = a.Id, confirmationNumber = a.ConfirmationNumber });
        await db.SaveChangesAsync(cancellationToken);

        var live = await db.LivePhotos.AsNoTracking()
            .Where(p => p.AppointmentId == a.Id && p.Ciphertext != null)
            .Select(p => p.TravellerId).ToListAsync(cancellationToken);
        var profile = await mediator.Send(new ViewApplicant(request.StaffId, a.ApplicantId), cancellationToken);
        var travellers = a.TravellerIds.Select((id, i) => Traveller(profile, id, i + 1, live.Contains(id))).ToList();
        return new CheckInView(
            a.Id, a.ApplicantId, a.ConfirmationNumber!, a.PortCode, found.PortName, a.TimeZone, a.Date, a.SlotStart, a.SlotStartsAt,
            PortClock.Today(clock, a.TimeZone), a.Status, a.IdentityReview, Recorded(a), travellers);
    }

    internal static RecordedCheckIn? Recorded(Appointment a) =>
        CheckInOutcomes.OutcomeOf(a.Status) is { } outcome && a.CheckedInAt is { } at
            ? new RecordedCheckIn(outcome, at, a.CheckedInBy ?? Guid.Empty, a.CheckInNote)
            : null;

    private static CheckInTraveller Traveller(ProfileView? profile, Guid id, int number, bool hasLivePhoto)
    {
        if (profile?.UserId == id)
        {
            return new(id, number, profile.FullName, profile.DateOfBirth, Photo(profile.Document), hasLivePhoto);
        }

        var member = profile?.Members.FirstOrDefault(m => m.Id == id);
        return new(id, number, member?.FullName, member?.DateOfBirth, Photo(member?.Document), hasLivePhoto);
    }

    private static CheckInDocumentPhoto? Photo(DocumentView? document) =>
        document?.Photo is { } photo ? new CheckInDocumentPhoto(photo.Id, photo.ContentType) : null;
}
