using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Email;

/// <summary>The email_messages table's state changes, each one conditional so two senders never both act.</summary>
internal sealed class EmailQueue(NotificationsDbContext db)
{
    internal sealed record Claimed(Guid Id, Guid RecipientId, int Attempts, DateTimeOffset CreatedAt);

    /// <summary>
    /// Takes the next due email and commits "sending" before a word goes to the server: if this process
    /// dies mid-send, the row says so and no one sends it again.
    /// </summary>
    public async Task<Claimed?> ClaimNextAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<Claimed>($"""
            UPDATE notifications.email_messages e
            SET status = 'Sending', lease_until = {leaseUntil}, attempts = e.attempts + 1
            WHERE e.id = (
                SELECT id FROM notifications.email_messages
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING e.id AS "Id", e.recipient_id AS "RecipientId", e.attempts AS "Attempts", e.created_at AS "CreatedAt"
            """).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    public Task MarkSentAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        Finish(id, EmailStatus.Sent, null, now, cancellationToken);

    public Task MarkAsync(Guid id, EmailStatus status, string? reason, CancellationToken cancellationToken) =>
        Finish(id, status, reason, null, cancellationToken);

    public Task RetryAtAsync(Guid id, DateTimeOffset next, string? reason, CancellationToken cancellationToken) =>
        Sending(id).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, EmailStatus.Pending)
                .SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, Trim(reason)),
            cancellationToken);

    /// <summary>Senders that stopped mid-send: the server may have the email, so it is never sent again on its own.</summary>
    public Task<int> GiveUpOnAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Emails.Where(e => e.Status == EmailStatus.Sending && e.LeaseUntil < now).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, EmailStatus.Unconfirmed)
                .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, "The sender stopped before it knew whether the server accepted the message."),
            cancellationToken);

    /// <summary>Mail that could not go out in time would no longer be true when it arrived.</summary>
    public Task<int> GiveUpOnOldAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        db.Emails.Where(e => e.Status == EmailStatus.Pending && e.CreatedAt < createdBefore).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, EmailStatus.Failed)
                .SetProperty(x => x.LastError, x => "Not delivered in time. Last answer: " + (x.LastError ?? "none")),
            cancellationToken);

    private async Task Finish(Guid id, EmailStatus status, string? reason, DateTimeOffset? sentAt, CancellationToken cancellationToken)
    {
        await Sending(id).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, status)
                .SetProperty(x => x.SentAt, sentAt)
                .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, Trim(reason)),
            cancellationToken);

        // An email-only notification carries a secret link (a reset code); once its email is done, it is not kept.
        await db.Notifications.Where(n => n.Id == id && !n.InInbox).ExecuteUpdateAsync(
            n => n.SetProperty(x => x.Arguments, (Dictionary<string, NotificationArgument>?)null), cancellationToken);
    }

    private IQueryable<EmailMessage> Sending(Guid id) =>
        db.Emails.Where(e => e.Id == id && e.Status == EmailStatus.Sending);

    private static string? Trim(string? reason) => reason is { Length: > 1000 } ? reason[..1000] : reason;
}
