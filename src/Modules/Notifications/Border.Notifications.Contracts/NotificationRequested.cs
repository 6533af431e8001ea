using Border.Shared.Messaging;

namespace Border.Notifications.Contracts;

/// <summary>
/// Another module asks to tell one person something. Write it to your own outbox in the same
/// transaction as the change it is about; Notifications adds it to the person's inbox and, when the
/// kind warrants it, emails it. <paramref name="Link"/> is a path on the site ("/appointments/…"),
/// or null for the kind's usual page. <paramref name="Address"/> sends the email somewhere other than the
/// account's address: only to confirm a new address before it replaces the old one.
/// </summary>
[IntegrationEvent("notifications.notification-requested")]
public sealed record NotificationRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RecipientId,
    string Kind,
    IReadOnlyDictionary<string, NotificationArgument> Arguments,
    string? Link = null,
    string? Address = null) : IIntegrationEvent;
