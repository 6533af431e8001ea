using System.Text.Json;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Email;
using Border.Notifications.Templates;
using Border.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Border.Notifications.Features.Notify;

/// <summary>
/// One page of recipients told the same thing: the inbox record, their notifications and their emails commit
/// together, written by binary COPY, so a page of thousands is one round trip each way.
/// </summary>
internal sealed class NotificationsRequestedHandler(NotificationsDbContext db, TimeProvider clock, EmailDeliveryKick email)
    : INotificationHandler<NotificationsRequested>
{
    public async Task Handle(NotificationsRequested notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryRecordInboxAsync(notification.EventId, nameof(NotificationsRequestedHandler), now, cancellationToken))
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var template = NotificationTemplates.For(notification.Kind);
        var link = SiteLinks.IsSitePath(notification.Link) ? notification.Link : null;
        var arguments = JsonSerializer.Serialize(notification.Arguments, JsonSerializerOptions.Web);
        var recipients = notification.RecipientIds.Distinct().ToArray();
        var ids = recipients.Select(_ => Guid.CreateVersion7(now)).ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY notifications.notifications (id, recipient_id, kind, source_event_id, arguments, link, in_inbox, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < recipients.Length; i++)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(recipients[i], NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(notification.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(notification.EventId, NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(arguments, NpgsqlDbType.Jsonb, cancellationToken);
                await WriteNullableAsync(import, link, cancellationToken);
                await import.WriteAsync(template.InInbox, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        if (template.Emailed)
        {
            await using var import = await connection.BeginBinaryImportAsync(
                "COPY notifications.email_messages (id, recipient_id, status, attempts, next_attempt_at, created_at) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            for (var i = 0; i < recipients.Length; i++)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(recipients[i], NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(nameof(EmailStatus.Pending), NpgsqlDbType.Varchar, cancellationToken);
                await import.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (template.Emailed && recipients.Length > 0)
        {
            email.Kick();
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter import, string? value, CancellationToken cancellationToken) =>
        value is null ? import.WriteNullAsync(cancellationToken) : import.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
}
