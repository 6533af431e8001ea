namespace Border.Cases.Data;

/// <summary>One published version of a page in both languages; never updated or deleted (a trigger refuses it).</summary>
internal sealed class RequirementVersion
{
    public Guid Id { get; init; }

    public Guid PageId { get; init; }

    public int Number { get; init; }

    public required string TitleEnglish { get; init; }

    public required string BodyEnglish { get; init; }

    public string? TitleSpanish { get; init; }

    public string? BodySpanish { get; init; }

    /// <summary>The supervisor who published it; <see cref="Guid.Empty"/> for the content Border shipped with.</summary>
    public Guid ChangedBy { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
