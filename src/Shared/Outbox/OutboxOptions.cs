namespace Border.Shared.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off in tests that drive the dispatchers themselves.</summary>
    public bool DispatchInBackground { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed deliveries a message waits for a person to look at it.</summary>
    public int MaxAttempts { get; set; } = 12;
}
