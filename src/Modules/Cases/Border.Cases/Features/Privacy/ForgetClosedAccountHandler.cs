using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Privacy;

/// <summary>
/// A closed account's cases: a case still open is withdrawn (out of the queue, its claim released, a history line and an
/// audit entry), a draft discarded; then what the person wrote and sent is erased: answers, birth date, notes, appeal
/// statements, every file and the check results that named the travellers. The case rows stay, without who they were,
/// with their receipt, states and decisions (figures and the officers' accountability).
/// </summary>
internal sealed class ForgetClosedAccountHandler(CasesDbContext db, TimeProvider clock) : INotificationHandler<AccountClosed>
{
    private static readonly CaseState[] Open = [CaseState.Submitted, CaseState.DocumentsRequested, CaseState.Appealed];

    public async Task Handle(AccountClosed notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(ForgetClosedAccountHandler), now, cancellationToken))
        {
            return;
        }

        var user = notification.UserId;
        foreach (var @case in await db.Cases.Where(c => c.ApplicantId == user && (Open.Contains(c.State) || c.State == CaseState.Draft)).ToListAsync(cancellationToken))
        {
            var (kind, state) = @case.State == CaseState.Draft
                ? (CaseEventKind.Discarded, CaseState.Discarded)
                : (CaseEventKind.Withdrawn, CaseState.Withdrawn);
            @case.State = state;
            @case.ClaimedBy = null;
            @case.ClaimedAt = null;
            @case.ClosedAt = now;
            @case.UpdatedAt = now;
            CaseHistory.Record(db, @case, kind, user, now, after: new { @case.Id, @case.Receipt, State = state.ToString(), Reason = "account-closed" });
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM cases.case_file_contents WHERE id IN (
                SELECT d.id FROM cases.case_documents d JOIN cases.cases c ON c.id = d.case_id WHERE c.applicant_id = {user});
            DELETE FROM cases.case_documents WHERE case_id IN (SELECT id FROM cases.cases WHERE applicant_id = {user});
            DELETE FROM cases.check_results WHERE case_id IN (SELECT id FROM cases.cases WHERE applicant_id = {user});
            UPDATE cases.appeals SET statement = '' WHERE case_id IN (SELECT id FROM cases.cases WHERE applicant_id = {user});
            UPDATE cases.document_requests SET answer_note = NULL WHERE case_id IN (SELECT id FROM cases.cases WHERE applicant_id = {user});
            UPDATE cases.cases SET answers = jsonb_build_object(), applicant_birth_date = NULL WHERE applicant_id = {user};
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
