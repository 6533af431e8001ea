using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.Decide;

/// <summary>
/// The claiming officer approves, or denies with catalogue reasons. Every check hit must be resolved first. A denial
/// can be appealed to the end of the window's last day where the applicant is, unless a reason makes it final.
/// </summary>
internal sealed class DecideCaseHandler(CasesDbContext db, TimeProvider clock, IOptionsMonitor<CasesOptions> options) : IRequestHandler<DecideCase, bool>
{
    public async Task<bool> Handle(DecideCase request, CancellationToken cancellationToken)
    {
        var @case = await StaffCase.FindAsync(db, request.CaseId, request.Version, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        StaffCase.RefuseUnlessClaimedBy(@case, request.StaffId);
        var reasons = Reasons(request);
        var note = request.Note?.Trim();
        if (note?.Length > DecideCase.NoteMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "The note must be at most {0} characters.", DecideCase.NoteMaxLength));
        }

        if (await db.CheckResults.AnyAsync(c => c.CaseId == @case.Id && c.Hit && c.ResolvedAt == null, cancellationToken))
        {
            throw Refusal.Of(new ValidationFailure("Case", "Resolve every check hit before you decide."));
        }

        var now = clock.GetUtcNow();
        var denied = request.Outcome == DecisionOutcome.Denied;
        var window = AppealWindow.Days(@case.Kind, options.CurrentValue);
        var appealBy = denied && window is { } days && reasons.All(r => r.Appealable) ? ApplicantZones.EndOfDayAfter(now, days, @case.TimeZone) : (DateTimeOffset?)null;
        db.Decisions.Add(new Decision
        {
            Id = Guid.CreateVersion7(now),
            CaseId = @case.Id,
            Outcome = request.Outcome,
            Reasons = [.. reasons.Select(r => r.Code)],
            Note = string.IsNullOrEmpty(note) ? null : note,
            OfficerId = request.StaffId,
            DecidedAt = now,
            AppealBy = appealBy,
        });
        @case.State = denied ? CaseState.Denied : CaseState.Approved;
        @case.ClaimedBy = null;
        @case.ClaimedAt = null;
        @case.ClosedAt = now;
        @case.UpdatedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.Decided, request.StaffId, now, after: new { @case.Id, Outcome = request.Outcome.ToString(), Reasons = reasons.Select(r => r.Code), AppealBy = appealBy });
        DecisionNotice.Tell(db, @case, reasons, appealBy, now);
        await StaffCase.SaveAsync(db, cancellationToken);
        return true;
    }

    private static List<DecisionReason> Reasons(DecideCase request)
    {
        var reasons = request.Reasons.Distinct().Select(code => CaseCatalogue.Reason(code)).ToList();
        if (reasons.Any(r => r is null))
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Reasons), "Choose reasons from the list."));
        }

        if (request.Outcome == DecisionOutcome.Denied && reasons.Count == 0)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Reasons), "Choose at least one reason for the denial."));
        }

        if (request.Outcome == DecisionOutcome.Approved && reasons.Count > 0)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Reasons), "An approval has no reasons; leave them all unticked."));
        }

        return reasons!;
    }
}
