namespace Border.Notifications.Data;

/// <summary>
/// A change of rules a supervisor publishes, in both languages. Reaching its audience happens in the
/// background, a page of people at a time, resumable from <see cref="FanoutAfter"/>.
/// </summary>
internal sealed class PolicyUpdate
{
    public Guid Id { get; init; }

    public required string TitleEnglish { get; init; }

    public required string BodyEnglish { get; init; }

    public required string TitleSpanish { get; init; }

    public required string BodySpanish { get; init; }

    public Guid PublishedBy { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Null: every applicant. Otherwise the ports whose applicants it is for (Scheduling's port codes).</summary>
    public string[]? Ports { get; init; }

    /// <summary>The last person reached, in id order; the fan-out goes on after them.</summary>
    public Guid? FanoutAfter { get; set; }

    public int Reached { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
