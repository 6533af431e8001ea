namespace Border.Cases.Data;

/// <summary>An officer's request for documents: what and by when; answered, or closed when its deadline passed.</summary>
internal sealed class DocumentRequest
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public Guid RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public required string What { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnswerNote { get; set; }

    /// <summary>Set when the deadline passed unanswered and the case was closed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Set when the hand-back job settled the answer: the case went back to the queue, or the officer had acted.</summary>
    public DateTimeOffset? AnswerSettledAt { get; set; }

    public DateTimeOffset? WeekReminderAt { get; set; }

    public DateTimeOffset? DayReminderAt { get; set; }
}
