using Border.Accounts.Data;
using Border.Scheduling.Contracts;
using MediatR;

namespace Border.Accounts.Features.GroupFreeze;

/// <summary>A cancelled appointment frees the group it was frozen for. A redelivery does nothing.</summary>
internal sealed class AppointmentCancelledHandler(AccountsDbContext db, TimeProvider clock) : INotificationHandler<AppointmentCancelled>
{
    public Task Handle(AppointmentCancelled notification, CancellationToken cancellationToken) =>
        FreedGroup.FreeAsync(db, clock, notification.EventId, nameof(AppointmentCancelledHandler), notification.ApplicantId, notification.AppointmentId, cancellationToken);
}
