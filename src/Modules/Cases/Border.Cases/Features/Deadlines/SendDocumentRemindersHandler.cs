using Border.Cases.Data;
using Border.Cases.Rules;
using Border.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.Deadlines;

/// <summary>
/// Reminds the applicant of an open document request 7 days and 1 day before its deadline (configurable). Each
/// reminder is taken by a conditional update, so it goes once; a first reminder whose time was missed until the last
/// one is due is skipped rather than sent beside it.
/// </summary>
internal sealed class SendDocumentRemindersHandler(CasesDbContext db, TimeProvider clock, IOptionsMonitor<CasesOptions> options)
    : IRequestHandler<Contracts.SendDocumentReminders, int>
{
    public async Task<int> Handle(Contracts.SendDocumentReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var first = now.AddDays(options.CurrentValue.FirstReminderDaysBefore);
        var last = now.AddDays(options.CurrentValue.LastReminderDaysBefore);
        var due = await db.DocumentRequests.AsNoTracking()
            .Where(r => r.AnsweredAt == null && r.ClosedAt == null && r.DueAt >= now
                && ((r.DayReminderAt == null && r.DueAt <= last) || (r.WeekReminderAt == null && r.DueAt <= first)))
            .Select(r => new { r.Id, r.CaseId, r.DueAt })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var lastDue = item.DueAt <= last;
            var taken = lastDue
                ? await db.DocumentRequests.Where(r => r.Id == item.Id && r.DayReminderAt == null && r.AnsweredAt == null && r.ClosedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.DayReminderAt, now).SetProperty(r => r.WeekReminderAt, r => r.WeekReminderAt ?? now), cancellationToken)
                : await db.DocumentRequests.Where(r => r.Id == item.Id && r.WeekReminderAt == null && r.AnsweredAt == null && r.ClosedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.WeekReminderAt, now), cancellationToken);
            if (taken == 1 && await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.CaseId, cancellationToken) is { } @case)
            {
                var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.DueAt, TimeZoneInfo.FindSystemTimeZoneById(@case.TimeZone)).DateTime);
                CaseHistory.Tell(db, @case, NotificationKinds.DocumentsReminder, now, ("dueDay", NotificationArgument.Date(dueDay)));
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
