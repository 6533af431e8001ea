namespace Border.Messaging.Data;

internal sealed class Message
{
    public Guid Id { get; init; }

    public Guid ConversationId { get; init; }

    public Guid AuthorId { get; init; }

    public bool FromStaff { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
