using Border.Cases.Contracts;
using Border.Cases.Contracts.Requirements;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Border.Cases.Features.PublishRequirementVersion;

/// <summary>
/// A supervisor publishes a new version of a page. The version read must still be the live one: the page's number is
/// a concurrency token and (page, number) is unique, so of two saves of one version exactly one wins and the other
/// is refused with what to do, its text kept on the form. Audited with the numbers before and after.
/// </summary>
internal sealed class PublishRequirementHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<PublishRequirement, bool>
{
    public const string PublishedAction = CaseAuditActions.RequirementPublished;

    private const string Stale = "Someone published this page since you opened it. Open it again to see their version, then make your change.";

    public async Task<bool> Handle(PublishRequirement request, CancellationToken cancellationToken)
    {
        var page = await db.RequirementPages.SingleOrDefaultAsync(p => p.Slug == request.Slug, cancellationToken);
        if (page is null)
        {
            return false;
        }

        var texts = RequirementTexts.Validate(request);
        if (page.Version != request.Version)
        {
            throw Refusal.Of(new ValidationFailure("Version", Stale));
        }

        var now = clock.GetUtcNow();
        var version = new RequirementVersion
        {
            Id = Guid.CreateVersion7(now),
            PageId = page.Id,
            Number = page.Version + 1,
            TitleEnglish = texts.TitleEnglish,
            BodyEnglish = texts.BodyEnglish,
            TitleSpanish = texts.TitleSpanish,
            BodySpanish = texts.BodySpanish,
            ChangedBy = request.SupervisorId,
            ChangedAt = now,
        };
        db.RequirementVersions.Add(version);
        page.Version = version.Number;
        page.ChangedAt = now;
        db.AddAuditEntry(now, request.SupervisorId, null, PublishedAction,
            before: new { page.Slug, Version = request.Version },
            after: new { page.Slug, Version = version.Number, version.TitleEnglish, version.TitleSpanish });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another supervisor published the same version first: the token or the unique number caught it.
            throw Refusal.Of(new ValidationFailure("Version", Stale));
        }

        return true;
    }
}
