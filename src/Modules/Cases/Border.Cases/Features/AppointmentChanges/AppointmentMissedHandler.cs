using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Scheduling.Contracts;
using MediatR;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>The officer at the port recorded that the group did not come: the applicant's open cases stay open and say it was missed.</summary>
internal sealed class AppointmentMissedHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<AppointmentMissed>
{
    public Task Handle(AppointmentMissed notification, CancellationToken cancellationToken) =>
        OpenCases.NoteLostAsync(
            db, mediator, clock, notification.EventId, nameof(AppointmentMissedHandler), notification.ApplicantId, notification.AppointmentId,
            AppointmentLoss.Missed, cancellationToken);
}
