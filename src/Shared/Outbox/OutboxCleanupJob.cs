using Npgsql;
using Quartz;

namespace Border.Shared.Outbox;

/// <summary>Deletes delivered outbox rows and old inbox rows so the tables stay small. Safe to run twice.</summary>
internal sealed class OutboxCleanupJob(IEnumerable<IOutboxDispatcher> dispatchers, NpgsqlDataSource dataSource) : IJob
{
    public static readonly JobKey Key = new("outbox-cleanup", "platform");

    private static readonly TimeSpan KeepDelivered = TimeSpan.FromDays(7);

    private static readonly TimeSpan KeepInbox = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = context.FireTimeUtc;
        foreach (var schema in dispatchers.Select(d => d.Schema))
        {
            await DeleteOlderThanAsync($"\"{schema}\".outbox_messages", now - KeepDelivered, cancellationToken);
            await DeleteOlderThanAsync($"\"{schema}\".inbox_messages", now - KeepInbox, cancellationToken);
        }
    }

    private async Task DeleteOlderThanAsync(string table, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {table} WHERE processed_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = cutoff.UtcDateTime });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
