using MediatR;
using Npgsql;

namespace Border.Shared.Outbox;

/// <summary>Every module's delivered outbox events older than 7 days and inbox records older than 30 days go. Returns how many.</summary>
internal sealed record CleanOutboxes : IRequest<int>;

internal sealed class CleanOutboxesHandler(IEnumerable<IOutboxDispatcher> dispatchers, NpgsqlDataSource dataSource, TimeProvider clock)
    : IRequestHandler<CleanOutboxes, int>
{
    private static readonly TimeSpan KeepDelivered = TimeSpan.FromDays(7);

    private static readonly TimeSpan KeepInbox = TimeSpan.FromDays(30);

    public async Task<int> Handle(CleanOutboxes request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deleted = 0;
        foreach (var schema in dispatchers.Select(d => d.Schema))
        {
            deleted += await DeleteOlderThanAsync($"\"{schema}\".outbox_messages", now - KeepDelivered, cancellationToken);
            deleted += await DeleteOlderThanAsync($"\"{schema}\".inbox_messages", now - KeepInbox, cancellationToken);
        }

        return deleted;
    }

    private async Task<int> DeleteOlderThanAsync(string table, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {table} WHERE processed_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = cutoff.UtcDateTime });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
