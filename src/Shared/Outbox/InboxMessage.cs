namespace Border.Shared.Outbox;

/// <summary>One event one handler has already applied; its key makes a redelivery do nothing.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
