using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Scheduling.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Expiry;

internal sealed class ReminderOptions
{
    public const string Section = "Scheduling:Reminders";

    /// <summary>How long before the deadline the reminder goes.</summary>
    public TimeSpan Before { get; set; } = DefaultBefore;

    public static readonly TimeSpan DefaultBefore = TimeSpan.FromHours(3);
}

/// <summary>
/// Stamps <c>reminder_sent_at</c> only where it is still null: the row lock makes the second of two nodes
/// re-read the row, find it stamped and skip it, so nobody is reminded twice.
/// </summary>
internal sealed class SendDeadlineRemindersHandler(SchedulingDbContext db, TimeProvider clock, IOptionsMonitor<ReminderOptions> options)
    : IRequestHandler<SendDeadlineReminders, int>
{
    public async Task<int> Handle(SendDeadlineReminders request, CancellationToken cancellationToken)
    {
        var sql = $$"""
            WITH changed AS (
                UPDATE scheduling.appointments SET reminder_sent_at = {1}::timestamptz
                WHERE status = {{AppointmentStatusSql.Offered}} AND reminder_sent_at IS NULL
                  AND deadline > {1}::timestamptz AND deadline <= {3}::timestamptz
                RETURNING id, applicant_id, port_code, slot_starts_at, time_zone, deadline)
            """ + OfferNotices.NoticesAndCount;
        var now = clock.GetUtcNow();
        return await OfferNotices.RunAsync(
            db, sql, () => [OfferNotices.EventType, now, NotificationKinds.DeadlineReminder, now + options.CurrentValue.Before], null, cancellationToken);
    }
}
