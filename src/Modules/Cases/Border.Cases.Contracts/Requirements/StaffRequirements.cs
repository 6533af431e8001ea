using MediatR;

namespace Border.Cases.Contracts.Requirements;

/// <summary>Every page with its live version, for supervisors: which ones still lack Spanish.</summary>
public sealed record ListRequirementPagesForStaff : IRequest<IReadOnlyList<RequirementStatus>>;

public sealed record RequirementStatus(string Slug, RequirementTopic Topic, string TitleEnglish, int Version, DateTimeOffset ChangedAt, bool HasSpanish);

/// <summary>The live version's Markdown to edit, and every version before it with who published it and when.</summary>
public sealed record GetRequirementForEditing(string Slug) : IRequest<RequirementDraft?>;

public sealed record RequirementDraft(
    string Slug,
    int Version,
    string TitleEnglish,
    string BodyEnglish,
    string? TitleSpanish,
    string? BodySpanish,
    IReadOnlyList<RequirementVersionEntry> History);

/// <param name="ChangedBy">The address of the person who published it; null for the content Border shipped with.</param>
public sealed record RequirementVersionEntry(int Number, DateTimeOffset ChangedAt, string? ChangedBy, bool HasSpanish);

/// <summary>One version as it was published, rendered; null when the page or the version does not exist.</summary>
public sealed record GetRequirementVersion(string Slug, int Number) : IRequest<RequirementVersionView?>;

public sealed record RequirementVersionView(
    string Slug, int Number, int LiveVersion, string TitleEnglish, string HtmlEnglish, string? TitleSpanish, string? HtmlSpanish, DateTimeOffset ChangedAt);

/// <summary>Markdown as the public page would show it, for the editor's preview; nothing is saved.</summary>
public sealed record PreviewRequirement(string? Markdown) : IRequest<string>;

/// <summary>
/// Publishes a new version of a page, kept beside every earlier one and audited. Refused when the page changed since
/// <paramref name="Version"/> was read, so a concurrent edit never silently replaces another. Spanish may be left
/// out (the page then shows English with a note), but not half of it. False for an unknown page.
/// </summary>
public sealed record PublishRequirement(
    Guid SupervisorId,
    string Slug,
    int Version,
    string? TitleEnglish,
    string? BodyEnglish,
    string? TitleSpanish,
    string? BodySpanish) : IRequest<bool>
{
    public const int TitleMaxLength = 120;

    public const int BodyMaxLength = 20_000;
}
