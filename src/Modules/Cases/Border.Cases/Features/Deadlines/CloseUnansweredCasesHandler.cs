using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Cases.Features.Deadlines;

/// <summary>
/// Closes each case whose document request passed its deadline unanswered. Each request is taken by one conditional
/// update (still open?), so two runs at once close and tell each case once; an answer racing the job loses on the
/// case's version and is refused.
/// </summary>
internal sealed class CloseUnansweredCasesHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<CloseUnansweredCases, int>
{
    private const int Batch = 500;

    public async Task<int> Handle(CloseUnansweredCases request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = await db.DocumentRequests.AsNoTracking()
            .Where(r => r.AnsweredAt == null && r.ClosedAt == null && r.DueAt < now)
            .OrderBy(r => r.DueAt)
            .Select(r => r.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var id in overdue)
        {
            closed += await CloseAsync(id, now, cancellationToken) ? 1 : 0;
            db.ChangeTracker.Clear();
        }

        return closed;
    }

    private async Task<bool> CloseAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.DocumentRequests
            .Where(r => r.Id == requestId && r.AnsweredAt == null && r.ClosedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClosedAt, now), cancellationToken);
        var caseId = await db.DocumentRequests.Where(r => r.Id == requestId).Select(r => r.CaseId).SingleAsync(cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        if (taken == 0 || @case.State != CaseState.DocumentsRequested)
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        @case.State = CaseState.ClosedNoAnswer;
        @case.ClaimedBy = null;
        @case.ClaimedAt = null;
        @case.ClosedAt = now;
        @case.UpdatedAt = now;
        CaseHistory.Record(db, @case, CaseEventKind.ClosedNoAnswer, Guid.Empty, now);
        CaseHistory.Tell(db, @case, NotificationKinds.CaseClosedNoAnswer, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
