using Border.Accounts.Data;
using Border.Scheduling.Contracts;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.GroupFreeze;

/// <summary>A confirmed appointment freezes the group it was made for: nobody joins or leaves until it is over. A redelivery does nothing.</summary>
internal sealed class AppointmentConfirmedHandler(AccountsDbContext db, TimeProvider clock) : INotificationHandler<AppointmentConfirmed>
{
    public async Task Handle(AppointmentConfirmed notification, CancellationToken cancellationToken)
    {
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(AppointmentConfirmedHandler), clock.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == notification.ApplicantId, cancellationToken);
        if (profile is not null)
        {
            profile.GroupFrozenFor = notification.AppointmentId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
