namespace Border.Messaging.Data;

/// <summary>A file sent with a message, encrypted with the shared key ring; listings never read the ciphertext.</summary>
internal sealed class Attachment
{
    public Guid Id { get; init; }

    public Guid MessageId { get; init; }

    public Guid ConversationId { get; init; }

    public required string ContentType { get; init; }

    public int Length { get; init; }

    public required byte[] Ciphertext { get; init; }
}
