using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Privacy;

/// <summary>
/// The person's requests and appointments, through their own id, with statuses as they read them today (an offer past
/// its deadline is expired, a pending request of a drawn window was not selected). Live photos are counted, not
/// included: they are deleted once the appointment is over, and an officer, not the person, is their reader.
/// </summary>
internal sealed class ExportSchedulingHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<ExportScheduling, SchedulingExport>
{
    public async Task<SchedulingExport> Handle(ExportScheduling request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = Pending.Requests(db).Select(r => r.Id);
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.ApplicantId == request.UserId)
            .OrderBy(r => r.RequestedAt)
            .Select(r => new ExportedRequest(
                r.Reference, r.PortCode, r.WindowDate, r.RequestedAt, r.TravellerCount, r.CurrentState,
                r.Status == RequestStatus.Pending && !waiting.Contains(r.Id) ? RequestStatus.NotSelected : r.Status, r.ClosedAt))
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.ApplicantId == request.UserId)
            .OrderBy(a => a.OfferedAt)
            .Select(a => new
            {
                a.PortCode, a.Date, a.SlotStart, a.TimeZone, a.PeopleCount, a.Status, a.OfferedAt, a.Deadline, a.ConfirmedAt,
                a.ConfirmationNumber, a.CancelledAt, a.CheckedInAt, Photos = db.LivePhotos.Count(p => p.AppointmentId == a.Id),
            })
            .ToListAsync(cancellationToken);
        return new SchedulingExport(
            requests,
            [
                .. appointments.Select(a => new ExportedAppointment(
                    a.PortCode, a.Date, a.SlotStart, a.TimeZone, a.PeopleCount, AppointmentRules.StatusAt(a.Status, a.Deadline, now), a.OfferedAt,
                    a.Deadline, a.ConfirmedAt, a.ConfirmationNumber, a.CancelledAt, a.CheckedInAt, a.Photos)),
            ]);
    }
}
