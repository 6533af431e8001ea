using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Border.Shared.Snapshots;

/// <summary>
/// Holds one connection that LISTENs on <see cref="PersonChangeTriggers.Channel"/> and forgets the snapshot of each
/// person a committed change names ('*' forgets everyone). While it is not listening, <see cref="PersonSnapshots"/>
/// serves nothing from memory; after it listens again it starts from nothing, since notices sent meanwhile are lost.
/// </summary>
public sealed class PersonChangeListener(NpgsqlDataSource dataSource, PersonSnapshots snapshots, ILogger<PersonChangeListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "border-person-changes";

    private const string BarrierPrefix = "barrier:";

    /// <summary>A quiet connection is checked this often, so a dead one is noticed and replaced.</summary>
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> barriers = new();

    private bool listened;

    /// <summary>
    /// Returns once this node has heard every change committed before the call: a notice of its own goes through the
    /// same queue, which PostgreSQL delivers in commit order. For tests that change data as someone else and then read
    /// the person's page at once. Returns at once while nothing is served from memory, or as soon as that becomes so.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!snapshots.Serving)
        {
            return;
        }

        var token = Guid.NewGuid().ToString("N");
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        barriers[token] = heard;
        try
        {
            await using (var notify = dataSource.CreateCommand("SELECT pg_notify($1, $2)"))
            {
                notify.Parameters.Add(new NpgsqlParameter { Value = PersonChangeTriggers.Channel });
                notify.Parameters.Add(new NpgsqlParameter { Value = BarrierPrefix + token });
                await notify.ExecuteNonQueryAsync(cancellationToken);
            }

            // A listener that loses its connection meanwhile never hears it, but then serves nothing from memory either.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!heard.Task.IsCompleted && snapshots.Serving)
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException("This node did not hear its own notice within 30 s.");
                }

                await Task.WhenAny(heard.Task, Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            barriers.TryRemove(token, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = TimeSpan.FromSeconds(0.5);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the listening, the site goes on reading the database; it must never stop the host.
                snapshots.StopServing();
                logger.LogWarning("Person snapshots are off until the database answers again ({Reason})", ex.Message);
                // A connection that had listened is tried again after a second; one that never did, less and less often.
                retry = listened ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Min(30, retry.TotalSeconds * 2));
                listened = false;
                await Task.Delay(retry, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
        }

        snapshots.StopServing();
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) => Heard(e.Payload);
        // Named, so that pg_stat_activity shows which connection is the listener.
        await using (var listen = new NpgsqlCommand($"SET application_name = '{ApplicationName}'; LISTEN {PersonChangeTriggers.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        snapshots.StartServing();
        listened = true;
        try
        {
            while (true)
            {
                if (!await connection.WaitAsync(Probe, stoppingToken))
                {
                    await using var probe = new NpgsqlCommand("SELECT 1", connection);
                    await probe.ExecuteScalarAsync(stoppingToken);
                    snapshots.Sweep();
                }
            }
        }
        finally
        {
            snapshots.StopServing();
        }
    }

    private void Heard(string payload)
    {
        if (payload == PersonChangeTriggers.Everyone)
        {
            snapshots.ForgetEveryone();
        }
        else if (Guid.TryParse(payload, out var person))
        {
            snapshots.Forget(person);
        }
        else if (payload.StartsWith(BarrierPrefix, StringComparison.Ordinal) && barriers.TryGetValue(payload[BarrierPrefix.Length..], out var heard))
        {
            heard.TrySetResult();
        }
    }
}
