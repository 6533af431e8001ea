namespace Border.Notifications.Data;

internal sealed class Notification
{
    public Guid Id { get; init; }

    public Guid RecipientId { get; init; }

    public required string Kind { get; init; }

    /// <summary>The event that caused it; one notification per event and recipient.</summary>
    public Guid SourceEventId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
