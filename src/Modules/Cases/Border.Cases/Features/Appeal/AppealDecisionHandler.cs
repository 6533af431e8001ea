using System.Globalization;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Files;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Shared.Uploads;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Border.Cases.Features.Appeal;

/// <summary>
/// One appeal per decision, within its window (to the end of its last day where the applicant is), only of a
/// denial that can be appealed. A supervisor who did not make the decision reviews it.
/// </summary>
internal sealed class AppealDecisionHandler(CasesDbContext db, ICaseFileContents files, UploadService uploads, TimeProvider clock) : IRequestHandler<AppealDecision, bool>
{
    public async Task<bool> Handle(AppealDecision request, CancellationToken cancellationToken)
    {
        var @case = await OwnCase.FindAsync(db, request.UserId, request.CaseId, cancellationToken);
        if (@case is null || @case.State is CaseState.Draft or CaseState.Discarded)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var decision = await CaseDetails.LatestDecisionAsync(db, @case.Id, cancellationToken);
        if (decision is null)
        {
            throw Refusal.Of(new ValidationFailure("Case", "There is no decision on this case to appeal yet."));
        }

        if (decision.Outcome == DecisionOutcome.Approved)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This case was approved, so there is nothing to appeal."));
        }

        if (await db.Appeals.AnyAsync(a => a.DecisionId == decision.Id, cancellationToken))
        {
            throw AlreadyAppealed();
        }

        if (decision.AppealBy is not { } appealBy || @case.State != CaseState.Denied)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This decision is final and cannot be appealed."));
        }

        if (now > appealBy)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(@case.TimeZone);
            var lastDay = TimeZoneInfo.ConvertTime(appealBy, zone).ToString("D", CultureInfo.CurrentUICulture);
            throw Refusal.Of(new ValidationFailure("Case", "The time to appeal this decision ended on {0}.", lastDay));
        }

        var statement = request.Statement?.Trim() ?? "";
        if (statement.Length == 0)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Statement), "Write why you think the decision is wrong."));
        }

        if (statement.Length > AppealDecision.StatementMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Statement), "The statement must be at most {0} characters.", AppealDecision.StatementMaxLength.ToString("N0", CultureInfo.CurrentUICulture)));
        }

        var appealId = Guid.CreateVersion7(now);
        if (request.File?.Content is not null)
        {
            var upload = await uploads.CheckAsync(request.File.Content, request.File.Length, nameof(request.File), allowPdf: true, cancellationToken);
            db.Documents.Add(new CaseDocument
            {
                Id = files.Add(upload.Original, now),
                CaseId = @case.Id,
                AppealId = appealId,
                ContentType = upload.ContentType,
                Length = upload.Original.Length,
                StoredAt = now,
            });
        }

        db.Appeals.Add(new Data.Appeal { Id = appealId, CaseId = @case.Id, DecisionId = decision.Id, Statement = statement, SubmittedAt = now });
        @case.State = CaseState.Appealed;
        @case.UpdatedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.Appealed, request.UserId, now);
        CaseHistory.Tell(db, @case, NotificationKinds.AppealReceived, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException
            || (e is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }))
        {
            throw AlreadyAppealed();
        }

        return true;
    }

    private static RequestValidationException AlreadyAppealed() =>
        Refusal.Of(new ValidationFailure("Case", "This decision was already appealed. A decision can be appealed once."));
}
