using Border.Accounts.Contracts;
using Border.Notifications.Data;
using Border.Shared.Outbox;
using MediatR;

namespace Border.Notifications.Features.WelcomeApplicant;

/// <summary>Greets every new applicant in their inbox. Idempotent through the inbox: a redelivery adds nothing.</summary>
internal sealed class WelcomeApplicantHandler(NotificationsDbContext db, TimeProvider clock)
    : INotificationHandler<ApplicantRegistered>
{
    public const string Kind = "welcome";

    public async Task Handle(ApplicantRegistered notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(WelcomeApplicantHandler), now, cancellationToken))
        {
            return;
        }

        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientId = notification.UserId,
            Kind = Kind,
            SourceEventId = notification.EventId,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
