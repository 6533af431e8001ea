using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Notifications.Email;
using Border.Scheduling.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Border.Notifications.Features.PolicyUpdates;

/// <summary>
/// Reaches the next applicants of every unfinished update, a page at a time. Each page is one
/// transaction: its inbox rows, its emails and the cursor commit together, so a crash repeats nothing
/// and loses nothing. Rows go in by binary COPY; memory holds one page of ids.
/// </summary>
internal sealed class FanOutPolicyUpdatesHandler(
    NotificationsDbContext db, IMediator mediator, TimeProvider clock, IOptions<PolicyFanOutOptions> options, EmailDeliveryKick email)
    : IRequestHandler<FanOutPolicyUpdates, int>
{
    private int PageSize => Math.Max(1, options.Value.PageSize);

    public async Task<int> Handle(FanOutPolicyUpdates request, CancellationToken cancellationToken)
    {
        var unfinished = await db.PolicyUpdates.AsNoTracking()
            .Where(p => p.CompletedAt == null).OrderBy(p => p.PublishedAt).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var reached = 0;
        foreach (var id in unfinished)
        {
            int page;
            do
            {
                page = await ReachNextPageAsync(id, cancellationToken);
                reached += page;
            }
            while (page > 0);
        }

        return reached;
    }

    /// <returns>How many people this page reached; 0 when the update is finished or another node holds it.</returns>
    private async Task<int> ReachNextPageAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var update = await db.PolicyUpdates
            .FromSql($"SELECT * FROM notifications.policy_updates WHERE id = {id} AND completed_at IS NULL FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return 0;
        }

        var people = update.Ports is { } ports
            ? await mediator.Send(new ListApplicantsAtPorts(ports, update.FanoutAfter, PageSize), cancellationToken)
            : await mediator.Send(new ListApplicantIds(update.FanoutAfter, PageSize), cancellationToken);
        var now = clock.GetUtcNow();
        if (people.Count > 0)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var ids = await CopyNotificationsAsync(connection, update.Id, people, now, cancellationToken);
            await CopyEmailsAsync(connection, ids, people, now, cancellationToken);
            update.FanoutAfter = people[^1];
            update.Reached += people.Count;
        }

        if (people.Count < PageSize)
        {
            update.CompletedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (people.Count > 0)
        {
            email.Kick();
        }

        return people.Count;
    }

    private static async Task<Guid[]> CopyNotificationsAsync(
        NpgsqlConnection connection, Guid updateId, IReadOnlyList<Guid> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = new Guid[people.Count];
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY notifications.notifications (id, recipient_id, kind, source_event_id, in_inbox, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < people.Count; i++)
        {
            ids[i] = Guid.CreateVersion7(now);
            import.StartRow();
            import.Write(ids[i], NpgsqlDbType.Uuid);
            import.Write(people[i], NpgsqlDbType.Uuid);
            import.Write(NotificationKinds.PolicyUpdate, NpgsqlDbType.Varchar);
            import.Write(updateId, NpgsqlDbType.Uuid);
            import.Write(true, NpgsqlDbType.Boolean);
            import.Write(now, NpgsqlDbType.TimestampTz);
        }

        await import.CompleteAsync(cancellationToken);
        return ids;
    }

    private static async Task CopyEmailsAsync(
        NpgsqlConnection connection, Guid[] ids, IReadOnlyList<Guid> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY notifications.email_messages (id, recipient_id, status, attempts, next_attempt_at, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < ids.Length; i++)
        {
            import.StartRow();
            import.Write(ids[i], NpgsqlDbType.Uuid);
            import.Write(people[i], NpgsqlDbType.Uuid);
            import.Write(nameof(EmailStatus.Pending), NpgsqlDbType.Varchar);
            import.Write(0, NpgsqlDbType.Integer);
            import.Write(now, NpgsqlDbType.TimestampTz);
            import.Write(now, NpgsqlDbType.TimestampTz);
        }

        await import.CompleteAsync(cancellationToken);
    }
}
