using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Features.Confirmation;

internal sealed class GetMyLiveAppointmentHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<GetMyLiveAppointment, LiveAppointment?>
{
    public async Task<LiveAppointment?> Handle(GetMyLiveAppointment request, CancellationToken cancellationToken) =>
        await db.Appointments.AsNoTracking()
            .Where(a => a.ApplicantId == request.UserId).Where(AppointmentRules.Live(clock.GetUtcNow()))
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new LiveAppointment(a.Id, a.Status, p.Name, a.SlotStartsAt, a.TimeZone, a.ConfirmationNumber))
            .FirstOrDefaultAsync(cancellationToken);
}
