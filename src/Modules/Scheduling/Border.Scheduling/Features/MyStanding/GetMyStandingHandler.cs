using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using Border.Shared.Snapshots;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.MyStanding;

/// <summary>
/// The newer of the applicant's newest request and newest appointment decides the stage: a request made after a
/// check-in is what matters now, an offer drawn from a request is newer than the request.
/// </summary>
internal sealed class GetMyStandingHandler(
    SchedulingDbContext db, IMediator mediator, TimeProvider clock, IOptionsMonitor<DrawSuspensionOptions> suspension, PersonSnapshots snapshots)
    : IRequestHandler<GetMyStanding, Standing>
{
    private const string SnapshotPart = "scheduling.standing";

    public async Task<Standing> Handle(GetMyStanding request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (mine, appointment) = await snapshots.ReadAsync(
            request.UserId, SnapshotPart, request.FromSnapshot, ct => ReadAsync(request.UserId, ct), cancellationToken);
        if (appointment is not null)
        {
            appointment = appointment with { Status = AppointmentRules.StatusAt(appointment.Status, appointment.Deadline, now) };
        }

        return new Standing(StageOf(mine, appointment), mine, appointment, suspension.CurrentValue.ReasonFor(CultureInfo.CurrentUICulture));
    }

    /// <summary>As stored: the deadline is applied when asked, so a snapshot of this never shows an offer past it.</summary>
    private async Task<StoredStanding> ReadAsync(Guid applicant, CancellationToken cancellationToken)
    {
        var mine = await mediator.Send(new GetMyRequest(applicant), cancellationToken);
        var appointment = await db.Appointments.AsNoTracking()
            .Where(a => a.ApplicantId == applicant)
            .OrderByDescending(a => a.OfferedAt)
            .Join(db.Ports, a => a.PortCode, p => p.Code, (a, p) => new MyAppointment(
                a.Id, a.Status, a.PortCode, p.Name, a.TimeZone, a.SlotStartsAt, a.Deadline, a.ConfirmationNumber, a.OfferedAt, a.CheckedInAt))
            .FirstOrDefaultAsync(cancellationToken);
        return new StoredStanding(mine, appointment);
    }

    private sealed record StoredStanding(RequestView? Request, MyAppointment? Appointment);

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
