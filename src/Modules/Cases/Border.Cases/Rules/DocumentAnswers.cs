using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Rules;

/// <summary>
/// A request for documents answered, by the applicant on the case's page or by an officer filing what the applicant
/// sent in a message: the case returns to review, still claimed by the officer who asked, and its checks run again.
/// </summary>
internal static class DocumentAnswers
{
    /// <summary>The case's request still open at <paramref name="now"/>: asked, unanswered, not closed, before its deadline.</summary>
    public static Task<DocumentRequest?> OpenRequestAsync(CasesDbContext db, Case @case, DateTimeOffset now, CancellationToken cancellationToken) =>
        @case.State != CaseState.DocumentsRequested
            ? Task.FromResult<DocumentRequest?>(null)
            : db.DocumentRequests
                .Where(r => r.CaseId == @case.Id && r.AnsweredAt == null && r.ClosedAt == null && r.DueAt >= now)
                .OrderByDescending(r => r.RequestedAt)
                .FirstOrDefaultAsync(cancellationToken);

    public static void Answer(CasesDbContext db, Case @case, DocumentRequest documentRequest, string? note, Guid actorId, DateTimeOffset now)
    {
        documentRequest.AnsweredAt = now;
        documentRequest.AnswerNote = string.IsNullOrEmpty(note) ? null : note;
        @case.State = CaseState.Submitted;
        @case.UpdatedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.DocumentsAnswered, actorId, now);
        CaseHistory.Tell(db, @case, NotificationKinds.DocumentsReceived, now);
        db.AddIntegrationEvent(new CaseSubmitted(Guid.CreateVersion7(now), now, @case.Id, @case.ApplicantId));
    }
}
