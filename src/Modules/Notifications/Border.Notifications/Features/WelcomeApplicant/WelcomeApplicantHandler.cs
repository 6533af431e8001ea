using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Shared.Outbox;
using MediatR;

namespace Border.Notifications.Features.WelcomeApplicant;

/// <summary>Greets every new applicant in their inbox; the email they get is the confirmation link Accounts asks for. Idempotent through the inbox: a redelivery adds nothing.</summary>
internal sealed class WelcomeApplicantHandler(NotificationsDbContext db, TimeProvider clock)
    : INotificationHandler<ApplicantRegistered>
{
    public async Task Handle(ApplicantRegistered notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(WelcomeApplicantHandler), now, cancellationToken))
        {
            return;
        }

        db.AddNotification(notification.UserId, NotificationKinds.Welcome, notification.EventId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
