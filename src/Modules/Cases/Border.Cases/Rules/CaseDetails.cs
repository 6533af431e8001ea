using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Rules;

/// <summary>What the applicant's and the officers' case pages both read: history, document requests, the latest decision and the latest appeal.</summary>
internal sealed record CaseDetails(
    IReadOnlyList<CaseEvent> Events,
    IReadOnlyList<DocumentRequestView> DocumentRequests,
    Decision? Decision,
    Appeal? Appeal)
{
    public static async Task<CaseDetails> LoadAsync(CasesDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        // Two events of one instant (a frozen clock, or checks that finish within the submission's microsecond) read in
        // lifecycle order: the kind is stored as text, so that order is applied here rather than in SQL.
        var events = (await db.Events.AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(e => e.At).ThenBy(e => e.Kind).ThenBy(e => e.Id).ToList();
        var requests = await db.DocumentRequests.AsNoTracking()
            .Where(r => r.CaseId == caseId)
            .OrderBy(r => r.RequestedAt)
            .Select(r => new DocumentRequestView(r.Id, r.What, r.DueAt, r.AnsweredAt, r.AnswerNote, r.ClosedAt != null))
            .ToListAsync(cancellationToken);
        var decision = await LatestDecisionAsync(db, caseId, cancellationToken);
        var appeal = await db.Appeals.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        return new CaseDetails(events, requests, decision, appeal);
    }

    public static Task<Decision?> LatestDecisionAsync(CasesDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking().Where(d => d.CaseId == caseId).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);

    public IReadOnlyList<CaseHistoryItem> History(bool forApplicant) =>
        [.. Events.Where(e => !forApplicant || CaseHistory.ShownToApplicant(e.Kind)).Select(e => new CaseHistoryItem(e.Kind, e.At, e.Note))];

    public DecisionView? DecisionView => Decision is null
        ? null
        : new DecisionView(
            Decision.Outcome,
            [.. Decision.Reasons.Select(code => CaseCatalogue.Reason(code)).OfType<DecisionReason>()],
            Decision.Note,
            Decision.DecidedAt,
            Decision.AppealBy);

    public AppealView? AppealView => Appeal is null ? null : new AppealView(Appeal.Statement, Appeal.SubmittedAt, Appeal.Outcome, Appeal.Note, Appeal.DecidedAt);

    /// <summary>A denial still open to appeal at <paramref name="now"/>: appealable, in its window, not appealed yet.</summary>
    public bool CanAppeal(Case @case, DateTimeOffset now) =>
        @case.State == CaseState.Denied && Decision is { Outcome: DecisionOutcome.Denied, AppealBy: { } by } && now <= by && Appeal?.DecisionId != Decision.Id;
}
