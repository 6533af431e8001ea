namespace Border.Messaging.Data;

/// <summary>A supervisors' ready-made answer, in both languages, that officers insert and then edit.</summary>
internal sealed class SavedReply
{
    public Guid Id { get; init; }

    public required string Title { get; set; }

    public required string English { get; set; }

    public required string Spanish { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
