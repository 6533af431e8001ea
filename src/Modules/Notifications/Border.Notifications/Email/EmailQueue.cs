using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Email;

/// <summary>The email_messages table's state changes, each one conditional so two senders never both act.</summary>
internal sealed class EmailQueue(NotificationsDbContext db)
{
    internal sealed record Claimed(Guid Id, Guid RecipientId, string? Address, int Attempts);

    /// <summary>
    /// Takes the next due email and commits "sending" before a word goes to the server: if this process
    /// dies mid-send, the row says so and no one sends it again.
    /// </summary>
    public async Task<Claimed?> ClaimNextAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Claimed>($$"""
            UPDATE notifications.email_messages e
            SET status = {{EmailStatusSql.Sending}}, lease_until = {0}, attempts = e.attempts + 1
            WHERE e.id = (
                SELECT id FROM notifications.email_messages
                WHERE status = {{EmailStatusSql.Pending}} AND next_attempt_at <= {1}
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING e.id AS "Id", e.recipient_id AS "RecipientId", e.address AS "Address", e.attempts AS "Attempts"
            """, leaseUntil, now).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>Records how a claimed email ended. <paramref name="carriesSecret"/>: its notification holds a link to forget now.</summary>
    public async Task FinishAsync(
        Guid id, EmailStatus status, string? reason, DateTimeOffset? sentAt, bool carriesSecret, CancellationToken cancellationToken)
    {
        await Sending(id).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, status)
                .SetProperty(x => x.SentAt, sentAt)
                .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, Trim(reason)),
            cancellationToken);
        if (carriesSecret)
        {
            await ForgetSecretsAsync([id], cancellationToken);
        }
    }

    public Task RetryAtAsync(Guid id, DateTimeOffset next, string? reason, CancellationToken cancellationToken) =>
        Sending(id).ExecuteUpdateAsync(
            e => e.SetProperty(x => x.Status, EmailStatus.Pending)
                .SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, Trim(reason)),
            cancellationToken);

    /// <summary>Senders that stopped mid-send: the server may have the email, so it is never sent again on its own.</summary>
    public async Task<int> GiveUpOnAbandonedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string reason = "The sender stopped before it knew whether the server accepted the message.";
        var ids = await db.Database.SqlQueryRaw<Guid>($$"""
            UPDATE notifications.email_messages
            SET status = {{EmailStatusSql.Unconfirmed}}, lease_until = NULL, last_error = {0}
            WHERE status = {{EmailStatusSql.Sending}} AND lease_until < {1}
            RETURNING id AS "Value"
            """, reason, now).ToListAsync(cancellationToken);
        await ForgetSecretsAsync(ids, cancellationToken);
        return ids.Count;
    }

    /// <summary>Mail that could not go out in time would no longer be true when it arrived.</summary>
    public async Task<int> GiveUpOnOldAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQueryRaw<Guid>($$"""
            UPDATE notifications.email_messages
            SET status = {{EmailStatusSql.Failed}}, last_error = 'Not delivered in time. Last answer: ' || coalesce(last_error, 'none')
            WHERE status = {{EmailStatusSql.Pending}} AND created_at < {0}
            RETURNING id AS "Value"
            """, createdBefore).ToListAsync(cancellationToken);
        await ForgetSecretsAsync(ids, cancellationToken);
        return ids.Count;
    }

    /// <summary>
    /// An email-only notification carries a secret link (a reset code); once its email is done, however it ended,
    /// it is not kept.
    /// </summary>
    private async Task ForgetSecretsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.Notifications.Where(n => ids.Contains(n.Id) && !n.InInbox).ExecuteUpdateAsync(
            n => n.SetProperty(x => x.Arguments, (Dictionary<string, NotificationArgument>?)null), cancellationToken);
    }

    private IQueryable<EmailMessage> Sending(Guid id) =>
        db.Emails.Where(e => e.Id == id && e.Status == EmailStatus.Sending);

    private static string? Trim(string? reason) => reason is { Length: > 1000 } ? reason[..1000] : reason;
}
