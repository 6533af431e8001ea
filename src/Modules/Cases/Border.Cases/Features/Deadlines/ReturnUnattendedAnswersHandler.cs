using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.Deadlines;

/// <summary>
/// An answered case stays with the officer who asked for the working days set; after them, if that officer still
/// holds it and has done nothing on it since the answer (reading it is not acting; claiming it again is), it goes back to the queue with a
/// "released" history line in Border's name. Each answer is settled by one conditional update, so overlapping runs
/// release a case once, and a later claim by the same officer is never undone.
/// </summary>
internal sealed class ReturnUnattendedAnswersHandler(CasesDbContext db, TimeProvider clock, IOptionsMonitor<CasesOptions> options)
    : IRequestHandler<ReturnUnattendedAnswers, int>
{
    public const string Reason = "no-action-after-answer";

    private const int Batch = 500;

    public async Task<int> Handle(ReturnUnattendedAnswers request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var days = options.CurrentValue.AnswerWorkingDays;
        // A working day is at least a calendar day, so nothing answered later than this can be due yet.
        var latest = now.AddDays(-days);
        var answers = await db.DocumentRequests.AsNoTracking()
            .Where(r => r.AnsweredAt != null && r.AnswerSettledAt == null && r.AnsweredAt < latest)
            .OrderBy(r => r.AnsweredAt)
            .Take(Batch)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, AnsweredAt = r.AnsweredAt!.Value, c.TimeZone })
            .ToListAsync(cancellationToken);
        var released = 0;
        foreach (var answer in answers.Where(a => WorkingDays.After(a.AnsweredAt, days, a.TimeZone) <= now))
        {
            released += await SettleAsync(answer.Id, now, cancellationToken) ? 1 : 0;
            db.ChangeTracker.Clear();
        }

        return released;
    }

    private async Task<bool> SettleAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.DocumentRequests
            .Where(r => r.Id == requestId && r.AnswerSettledAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.AnswerSettledAt, now), cancellationToken);
        var answer = await db.DocumentRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Id == answer.CaseId, cancellationToken);
        var unattended = taken == 1
            && @case.State == CaseState.Submitted
            && @case.ClaimedBy == answer.RequestedBy
            && !await db.Events.AnyAsync(
                e => e.CaseId == @case.Id && e.ActorId == answer.RequestedBy && e.At >= answer.AnsweredAt && e.Kind != CaseEventKind.Viewed,
                cancellationToken);
        if (unattended)
        {
            @case.ClaimedBy = null;
            @case.ClaimedAt = null;
            CaseHistory.Record(db, @case, CaseEventKind.Released, Guid.Empty, now, before: new { ClaimedBy = answer.RequestedBy, Reason });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return unattended;
    }
}
