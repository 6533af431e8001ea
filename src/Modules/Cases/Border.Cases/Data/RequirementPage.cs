using Border.Cases.Contracts.Catalogue;
using Border.Cases.Contracts.Requirements;

namespace Border.Cases.Data;

/// <summary>A page of the entry requirements; its text lives in <see cref="RequirementVersion"/> rows, the live one numbered <see cref="Version"/>.</summary>
internal sealed class RequirementPage
{
    public Guid Id { get; init; }

    public required string Slug { get; init; }

    public RequirementTopic Topic { get; init; }

    /// <summary>The case kind the page explains, for the pages about what a case needs.</summary>
    public CaseKind? CaseKind { get; init; }

    public int Position { get; init; }

    /// <summary>The live version's number; a concurrency token, so two publishers of one version cannot both win.</summary>
    public int Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
