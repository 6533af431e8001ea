using Border.Cases.Contracts.Catalogue;
using MediatR;

namespace Border.Cases.Contracts.Requirements;

/// <summary>Every page of the entry requirements in the order they are listed, titled in <paramref name="Culture"/> or in English.</summary>
public sealed record ListRequirementPages(string Culture) : IRequest<IReadOnlyList<RequirementLink>>;

/// <param name="Language">The language <paramref name="Title"/> is in: English when the page has no translation.</param>
public sealed record RequirementLink(string Slug, RequirementTopic Topic, string Title, string Language);

/// <summary>The live version of a page in <paramref name="Culture"/>, or in English when it has none; null for an unknown page.</summary>
public sealed record GetRequirementPage(string Slug, string Culture) : IRequest<RequirementPageView?>;

/// <param name="Html">The Markdown rendered with raw HTML off: anything it holds is text.</param>
/// <param name="Language">The language the page is shown in; not the one asked for when it has no translation yet.</param>
public sealed record RequirementPageView(
    string Slug,
    RequirementTopic Topic,
    CaseKind? CaseKind,
    string Title,
    string Html,
    string Language,
    int Version,
    DateTimeOffset ChangedAt);
