using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.MyStanding;

/// <summary>
/// The newer of the applicant's newest request and newest appointment decides the stage: a request made after a
/// check-in is what matters now, an offer drawn from a request is newer than the request.
/// </summary>
internal sealed class GetMyStandingHandler(
    SchedulingDbContext db, IMediator mediator, TimeProvider clock, IOptionsMonitor<DrawSuspensionOptions> suspension) : IRequestHandler<GetMyStanding, Standing>
{
    public async Task<Standing> Handle(GetMyStanding request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mine = await mediator.Send(new GetMyRequest(request.UserId), cancellationToken);
        var appointment = await db.Appointments.AsNoTracking()
            .Where(a => a.ApplicantId == request.UserId)
            .OrderByDescending(a => a.OfferedAt)
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new MyAppointment(
                a.Id, a.Status, a.PortCode, p.Name, a.TimeZone, a.SlotStartsAt, a.Deadline, a.ConfirmationNumber, a.OfferedAt, a.CheckedInAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (appointment is not null)
        {
            appointment = appointment with { Status = AppointmentRules.StatusAt(appointment.Status, appointment.Deadline, now) };
        }

        return new Standing(StageOf(mine, appointment), mine, appointment, suspension.CurrentValue.ReasonFor(CultureInfo.CurrentUICulture));
    }

    private static StandingStage StageOf(RequestView? request, MyAppointment? appointment) =>
        appointment is not null && (request is null || appointment.OfferedAt >= request.RequestedAt || IsLive(appointment.Status))
            ? appointment.Status switch
            {
                AppointmentStatus.Offered => StandingStage.Offered,
                AppointmentStatus.Confirmed => StandingStage.Confirmed,
                AppointmentStatus.Expired or AppointmentStatus.Cancelled => StandingStage.Closed,
                _ => StandingStage.Recorded,
            }
            : request?.Status switch
            {
                RequestStatus.Pending => StandingStage.WaitingForDraw,
                RequestStatus.NotSelected => StandingStage.NotSelected,
                _ => StandingStage.NothingYet,
            };

    private static bool IsLive(AppointmentStatus status) => status is AppointmentStatus.Offered or AppointmentStatus.Confirmed;
}
