using Border.Cases.Contracts;

namespace Border.Cases.Data;

internal sealed class Decision
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public DecisionOutcome Outcome { get; init; }

    /// <summary>Codes from the catalogue's reasons; empty for an approval.</summary>
    public string[] Reasons { get; init; } = [];

    public string? Note { get; init; }

    public Guid OfficerId { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The last moment an appeal is taken; null when the decision cannot be appealed.</summary>
    public DateTimeOffset? AppealBy { get; init; }
}
