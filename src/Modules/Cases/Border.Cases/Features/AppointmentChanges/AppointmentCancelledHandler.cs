using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Scheduling.Contracts;
using MediatR;

namespace Border.Cases.Features.AppointmentChanges;

/// <summary>The group's offer or appointment was cancelled: the applicant's open cases stay open and say so.</summary>
internal sealed class AppointmentCancelledHandler(CasesDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<AppointmentCancelled>
{
    public Task Handle(AppointmentCancelled notification, CancellationToken cancellationToken) =>
        OpenCases.NoteLostAsync(
            db, mediator, clock, notification.EventId, nameof(AppointmentCancelledHandler), notification.ApplicantId, notification.AppointmentId,
            AppointmentLoss.Cancelled, cancellationToken);
}
