using MediatR;

namespace Border.Notifications.Contracts;

/// <summary>What Notifications holds about the person, for their own download, in the language of the request.</summary>
public sealed record ExportNotifications(Guid RecipientId) : IRequest<NotificationsExport>;

public sealed record NotificationsExport(
    IReadOnlyList<ExportedNotification> Inbox,
    IReadOnlyList<ExportedEmail> Emails,
    IReadOnlyList<string> EmailTopicsOn);

public sealed record ExportedNotification(string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record ExportedEmail(string Kind, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
