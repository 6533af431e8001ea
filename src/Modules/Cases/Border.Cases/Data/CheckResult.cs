using Border.Cases.Contracts;

namespace Border.Cases.Data;

/// <summary>One automated check's result for a case (and a traveller, when it is about one).</summary>
internal sealed class CheckResult
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public CheckKind Check { get; init; }

    public Guid? TravellerId { get; init; }

    public bool Hit { get; init; }

    /// <summary>English key, with <see cref="Arguments"/> for its placeholders.</summary>
    public required string Explanation { get; init; }

    public string[] Arguments { get; init; } = [];

    /// <summary>The watch list's similarity, 0 to 1.</summary>
    public double? Score { get; init; }

    public DateTimeOffset RanAt { get; init; }

    public Guid? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolutionNote { get; set; }
}
