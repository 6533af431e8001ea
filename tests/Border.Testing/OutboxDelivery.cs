using Border.Shared.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Border.Testing;

public static class OutboxDelivery
{
    /// <summary>
    /// Delivers every pending event of every module now, as the background dispatcher would, so a test
    /// does not wait on its timing. Where a site's own background dispatcher holds an event at that moment,
    /// it waits until that one is delivered too: afterwards, everything due has been handled.
    /// </summary>
    public static async Task<int> DeliverAllAsync(IServiceProvider services)
    {
        var dispatchers = services.GetServices<IOutboxDispatcher>().ToList();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var maxAttempts = services.GetRequiredService<IOptions<OutboxOptions>>().Value.MaxAttempts;
        var total = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var delivered = 0;
            foreach (var dispatcher in dispatchers)
            {
                delivered += await dispatcher.DispatchBatchAsync(CancellationToken.None);
            }

            total += delivered;
            if (delivered > 0)
            {
                continue;
            }

            if (!await AnyDueAsync(dataSource, dispatchers, maxAttempts))
            {
                return total;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Events were still due after 30 seconds ({total} delivered).");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<bool> AnyDueAsync(NpgsqlDataSource dataSource, IEnumerable<IOutboxDispatcher> dispatchers, int maxAttempts)
    {
        foreach (var schema in dispatchers.Select(d => d.Schema))
        {
            await using var command = dataSource.CreateCommand(
                $"SELECT EXISTS (SELECT 1 FROM \"{schema}\".outbox_messages WHERE processed_at IS NULL AND attempts < $1 AND (next_attempt_at IS NULL OR next_attempt_at <= now()))");
            command.Parameters.Add(new NpgsqlParameter { Value = maxAttempts });
            if ((bool)(await command.ExecuteScalarAsync())!)
            {
                return true;
            }
        }

        return false;
    }
}
