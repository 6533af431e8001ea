using Border.Accounts.Data;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.GroupFreeze;

/// <summary>A cancelled appointment frees the group, but only if it was frozen for that appointment. A redelivery does nothing.</summary>
internal sealed class AppointmentCancelledHandler(AccountsDbContext db, TimeProvider clock) : INotificationHandler<AppointmentCancelled>
{
    public async Task Handle(AppointmentCancelled notification, CancellationToken cancellationToken)
    {
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(AppointmentCancelledHandler), clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var profile = await db.Profiles.SingleOrDefaultAsync(
            p => p.UserId == notification.ApplicantId && p.GroupFrozenFor == notification.AppointmentId, cancellationToken);
        if (profile is not null)
        {
            profile.GroupFrozenFor = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
