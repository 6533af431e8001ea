using Border.Cases.Contracts.Requirements;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.RequirementPages;

/// <summary>The public list: each page's live title in the reader's language, or English while it has no translation.</summary>
internal sealed class ListRequirementPagesHandler(CasesDbContext db) : IRequestHandler<ListRequirementPages, IReadOnlyList<RequirementLink>>
{
    public async Task<IReadOnlyList<RequirementLink>> Handle(ListRequirementPages request, CancellationToken cancellationToken)
    {
        var live = await LiveRequirement.InReadingOrder(db).ToListAsync(cancellationToken);
        return
        [
            .. live.Select(row =>
            {
                var language = RequirementLanguage.For(row.Version, request.Culture);
                return new RequirementLink(row.Page.Slug, row.Page.Topic, RequirementLanguage.Title(row.Version, language), language);
            }),
        ];
    }
}

/// <summary>One page's live version, rendered from Markdown with raw HTML off.</summary>
internal sealed class GetRequirementPageHandler(CasesDbContext db) : IRequestHandler<GetRequirementPage, RequirementPageView?>
{
    public async Task<RequirementPageView?> Handle(GetRequirementPage request, CancellationToken cancellationToken)
    {
        var row = await LiveRequirement.In(db).SingleOrDefaultAsync(live => live.Page.Slug == request.Slug, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var language = RequirementLanguage.For(row.Version, request.Culture);
        return new RequirementPageView(
            row.Page.Slug,
            row.Page.Topic,
            row.Page.CaseKind,
            RequirementLanguage.Title(row.Version, language),
            RequirementMarkdown.ToHtml(RequirementLanguage.Body(row.Version, language)),
            language,
            row.Version.Number,
            row.Version.ChangedAt);
    }
}
