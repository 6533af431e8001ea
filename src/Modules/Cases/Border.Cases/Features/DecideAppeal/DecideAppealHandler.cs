using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.DecideAppeal;

/// <summary>
/// A supervisor decides an appeal: upheld (the denial is final), overturned (the case is approved, a new decision
/// in the supervisor's name) or sent back to the officers' queue with a note. Never by the officer who decided.
/// </summary>
internal sealed class DecideAppealHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<Contracts.DecideAppeal, bool>
{
    public async Task<bool> Handle(Contracts.DecideAppeal request, CancellationToken cancellationToken)
    {
        var @case = await StaffCase.FindAsync(db, request.CaseId, request.Version, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        var appeal = await db.Appeals.Where(a => a.CaseId == @case.Id && a.Outcome == null).SingleOrDefaultAsync(cancellationToken);
        if (@case.State != CaseState.Appealed || appeal is null)
        {
            throw Refusal.Of(new ValidationFailure("Case", "This case has no appeal waiting for a decision."));
        }

        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == appeal.DecisionId, cancellationToken);
        if (decision.OfficerId == request.SupervisorId)
        {
            throw Refusal.Of(new ValidationFailure("Case", "You made the decision on this case, so another supervisor must decide its appeal."));
        }

        var note = request.Note?.Trim();
        if (note?.Length > Contracts.DecideAppeal.NoteMaxLength)
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "The note must be at most {0} characters.", Contracts.DecideAppeal.NoteMaxLength));
        }

        if (request.Outcome == AppealOutcome.SentBack && string.IsNullOrEmpty(note))
        {
            throw Refusal.Of(new ValidationFailure(nameof(request.Note), "Write what the officer should look at again."));
        }

        var now = clock.GetUtcNow();
        appeal.Outcome = request.Outcome;
        appeal.SupervisorId = request.SupervisorId;
        appeal.DecidedAt = now;
        appeal.Note = string.IsNullOrEmpty(note) ? null : note;
        @case.UpdatedAt = now;
        switch (request.Outcome)
        {
            case AppealOutcome.Upheld:
                @case.State = CaseState.Denied;
                break;
            case AppealOutcome.Overturned:
                @case.State = CaseState.Approved;
                db.Decisions.Add(new Decision
                {
                    Id = Guid.CreateVersion7(now), CaseId = @case.Id, Outcome = DecisionOutcome.Approved, Note = appeal.Note, OfficerId = request.SupervisorId, DecidedAt = now,
                });
                break;
            case AppealOutcome.SentBack:
                @case.State = CaseState.Submitted;
                @case.ClosedAt = null;
                @case.ClaimedBy = null;
                @case.ClaimedAt = null;
                break;
        }

        CaseHistory.Record(db, @case, CaseEventKind.AppealDecided, request.SupervisorId, now, appeal.Note, after: new { @case.Id, Outcome = request.Outcome.ToString() });
        CaseHistory.Tell(db, @case, NotificationKinds.AppealDecided, now, ("outcome", NotificationArgument.Translated(OutcomeText(request.Outcome))));
        await StaffCase.SaveAsync(db, cancellationToken);
        return true;
    }

    private static string OutcomeText(AppealOutcome outcome) => outcome switch
    {
        AppealOutcome.Upheld => "The decision was upheld and is final.",
        AppealOutcome.Overturned => "The decision was reversed.",
        _ => "Your case goes back to an officer for a new review.",
    };
}
