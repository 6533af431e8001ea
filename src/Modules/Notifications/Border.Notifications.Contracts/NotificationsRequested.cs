using Border.Shared.Messaging;

namespace Border.Notifications.Contracts;

/// <summary>
/// Tell many people the same thing at once, such as everyone a draw passed over at one port: one outbox row for a
/// page of recipients instead of one per person. Each recipient gets their own inbox item and email, exactly as
/// with <see cref="NotificationRequested"/>; a redelivered event adds nothing.
/// </summary>
[IntegrationEvent("notifications.notifications-requested")]
public sealed record NotificationsRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    IReadOnlyList<Guid> RecipientIds,
    string Kind,
    IReadOnlyDictionary<string, NotificationArgument> Arguments,
    string? Link = null) : IIntegrationEvent;
