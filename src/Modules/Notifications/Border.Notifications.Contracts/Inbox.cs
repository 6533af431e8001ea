using MediatR;

namespace Border.Notifications.Contracts;

/// <summary>One page of a person's inbox, newest first, in the language of the request.</summary>
/// <param name="FromSnapshot">May come from the person's snapshot in memory (Border.Shared.Snapshots): for the inbox page, which only shows it.</param>
public sealed record ListNotifications(Guid RecipientId, int Page, bool FromSnapshot = false) : IRequest<NotificationPage>
{
    public const int PageSize = 20;
}

public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Page, int TotalPages, int Unread);

public sealed record NotificationItem(Guid Id, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;
}

/// <summary>
/// Marks one notification read and says where it points. Null when it is not this person's: the page
/// answers 404 and never tells whether the id exists.
/// </summary>
public sealed record OpenNotification(Guid RecipientId, Guid NotificationId) : IRequest<string?>;

public sealed record MarkAllNotificationsRead(Guid RecipientId) : IRequest<int>;
