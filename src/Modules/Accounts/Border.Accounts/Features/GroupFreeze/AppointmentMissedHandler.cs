using Border.Accounts.Data;
using Border.Scheduling.Contracts;
using MediatR;

namespace Border.Accounts.Features.GroupFreeze;

/// <summary>
/// A no-show ends the appointment the group was frozen for: the applicant may correct the group before asking for a new
/// one. A redelivery does nothing.
/// </summary>
internal sealed class AppointmentMissedHandler(AccountsDbContext db, TimeProvider clock) : INotificationHandler<AppointmentMissed>
{
    public Task Handle(AppointmentMissed notification, CancellationToken cancellationToken) =>
        FreedGroup.FreeAsync(db, clock, notification.EventId, nameof(AppointmentMissedHandler), notification.ApplicantId, notification.AppointmentId, cancellationToken);
}
