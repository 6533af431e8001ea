using Border.Notifications.Contracts;

namespace Border.Notifications.Data;

internal sealed class Notification
{
    public Guid Id { get; init; }

    public Guid RecipientId { get; init; }

    public required string Kind { get; init; }

    /// <summary>The event that caused it; one notification per event and recipient. A policy update's own id.</summary>
    public Guid SourceEventId { get; init; }

    /// <summary>Values for the template's placeholders, rendered in the reader's language when read or sent.</summary>
    public Dictionary<string, NotificationArgument>? Arguments { get; set; }

    /// <summary>The page it is about; null for the kind's usual page.</summary>
    public string? Link { get; init; }

    /// <summary>False for kinds that only make sense as email, such as a password-reset link.</summary>
    public bool InInbox { get; init; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
