using Border.Accounts.Contracts;
using Border.Cases.Contracts.Requirements;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.EditRequirements;

/// <summary>Every page's live version for supervisors, saying which ones have no Spanish yet.</summary>
internal sealed class ListRequirementPagesForStaffHandler(CasesDbContext db)
    : IRequestHandler<ListRequirementPagesForStaff, IReadOnlyList<RequirementStatus>>
{
    public async Task<IReadOnlyList<RequirementStatus>> Handle(ListRequirementPagesForStaff request, CancellationToken cancellationToken)
    {
        var live = await LiveRequirement.InReadingOrder(db).ToListAsync(cancellationToken);
        return [.. live.Select(row => new RequirementStatus(
            row.Page.Slug, row.Page.Topic, row.Version.TitleEnglish, row.Version.Number, row.Version.ChangedAt, RequirementLanguage.HasSpanish(row.Version)))];
    }
}

/// <summary>The live Markdown to edit, and the history of versions with who published each (their address, from Accounts).</summary>
internal sealed class GetRequirementForEditingHandler(CasesDbContext db, IMediator mediator) : IRequestHandler<GetRequirementForEditing, RequirementDraft?>
{
    public async Task<RequirementDraft?> Handle(GetRequirementForEditing request, CancellationToken cancellationToken)
    {
        var page = await db.RequirementPages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == request.Slug, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var versions = await db.RequirementVersions.AsNoTracking()
            .Where(v => v.PageId == page.Id)
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var live = versions.Single(v => v.Number == page.Version);
        var editors = versions.Select(v => v.ChangedBy).Where(id => id != Guid.Empty).Distinct().ToList();
        var people = editors.Count == 0
            ? new Dictionary<Guid, string?>()
            : (await mediator.Send(new GetPeople(editors), cancellationToken)).ToDictionary(p => p.UserId, p => p.Email);
        return new RequirementDraft(
            page.Slug,
            page.Version,
            live.TitleEnglish,
            live.BodyEnglish,
            live.TitleSpanish,
            live.BodySpanish,
            [.. versions.Select(v => new RequirementVersionEntry(
                v.Number, v.ChangedAt, people.GetValueOrDefault(v.ChangedBy), RequirementLanguage.HasSpanish(v)))]);
    }
}

/// <summary>One earlier (or the live) version as it was published, rendered as the public page showed it.</summary>
internal sealed class GetRequirementVersionHandler(CasesDbContext db) : IRequestHandler<GetRequirementVersion, RequirementVersionView?>
{
    public async Task<RequirementVersionView?> Handle(GetRequirementVersion request, CancellationToken cancellationToken)
    {
        var row = await (
                from page in db.RequirementPages
                where page.Slug == request.Slug
                join version in db.RequirementVersions on page.Id equals version.PageId
                where version.Number == request.Number
                select new { page.Slug, Live = page.Version, Version = version })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var spanish = RequirementLanguage.HasSpanish(row.Version);
        return new RequirementVersionView(
            row.Slug,
            row.Version.Number,
            row.Live,
            row.Version.TitleEnglish,
            RequirementMarkdown.ToHtml(row.Version.BodyEnglish),
            spanish ? row.Version.TitleSpanish : null,
            spanish ? RequirementMarkdown.ToHtml(row.Version.BodySpanish) : null,
            row.Version.ChangedAt);
    }
}

internal sealed class PreviewRequirementHandler : IRequestHandler<PreviewRequirement, string>
{
    public Task<string> Handle(PreviewRequirement request, CancellationToken cancellationToken) =>
        Task.FromResult(RequirementMarkdown.ToHtml(request.Markdown));
}
