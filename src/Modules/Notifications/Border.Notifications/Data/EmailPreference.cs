namespace Border.Notifications.Data;

/// <summary>Email topics a person turned off. Critical kinds have no topic and are always sent.</summary>
internal sealed class EmailPreference
{
    public Guid RecipientId { get; init; }

    public List<string> TopicsOff { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
