using Border.Cases.Contracts;

namespace Border.Cases.Data;

/// <summary>An appeal of one decision (one per decision: a unique index says so).</summary>
internal sealed class Appeal
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public Guid DecisionId { get; init; }

    public required string Statement { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public AppealOutcome? Outcome { get; set; }

    public Guid? SupervisorId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Note { get; set; }
}
