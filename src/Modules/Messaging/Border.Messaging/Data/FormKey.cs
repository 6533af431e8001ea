namespace Border.Messaging.Data;

/// <summary>
/// A message form's one-time key, saved with the message it made: a second POST of the same form finds it (or
/// loses the race on its primary key) and shows the first result instead of sending again.
/// </summary>
internal sealed class FormKey
{
    public Guid Key { get; init; }

    public Guid UserId { get; init; }

    public Guid ConversationId { get; init; }

    public Guid MessageId { get; init; }

    public DateTimeOffset UsedAt { get; init; }
}
