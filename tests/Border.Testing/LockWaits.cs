using Npgsql;

namespace Border.Testing;

public static class LockWaits
{
    /// <summary>
    /// Waits until some session of this test's database waits on a lock, polling pg_stat_activity; throws when none
    /// does within <paramref name="timeout"/> (30 seconds unless told), naming <paramref name="what"/> was expected to wait.
    /// </summary>
    public static async Task WaitUntilBlockedAsync(NpgsqlDataSource dataSource, string what, TimeSpan? timeout = null)
    {
        using var giveUp = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!giveUp.IsCancellationRequested)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            try
            {
                await Task.Delay(50, giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"{what} never waited for a lock.");
    }
}
