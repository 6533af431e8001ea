using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Data;

/// <summary>A requirement page with the version readers see now; the one join every reading of live pages starts from.</summary>
internal sealed class LiveRequirement
{
    public required RequirementPage Page { get; init; }

    public required RequirementVersion Version { get; init; }

    public static IQueryable<LiveRequirement> In(CasesDbContext db) =>
        from page in db.RequirementPages.AsNoTracking()
        join version in db.RequirementVersions.AsNoTracking()
            on new { PageId = page.Id, Number = page.Version } equals new { version.PageId, version.Number }
        select new LiveRequirement { Page = page, Version = version };

    public static IQueryable<LiveRequirement> InReadingOrder(CasesDbContext db) =>
        In(db).OrderBy(live => live.Page.Topic).ThenBy(live => live.Page.Position).ThenBy(live => live.Page.Slug);
}
