using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Border.Benchmarks;

/// <summary>
/// Catches the commands EF Core sends whose SQL contains a marker (text and parameters, as sent) through EF's
/// diagnostic events, so a benchmark can explain the real query rather than a copy of it.
/// </summary>
internal sealed class QueryPlanCatcher : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly string marker;
    private readonly ConcurrentQueue<NpgsqlCommand> caught = new();
    private readonly List<IDisposable> subscriptions = [];

    public QueryPlanCatcher(string marker)
    {
        this.marker = marker;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Explains every caught query with its parameters; fails when a plan sorts or reads no index.</summary>
    public async Task ExpectIndexOrderAsync(string connectionString)
    {
        if (caught.IsEmpty)
        {
            throw new BenchmarkFailedException($"no query with '{marker}' was sent.");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var query in caught)
        {
            query.CommandText = "EXPLAIN (ANALYZE, COSTS OFF) " + query.CommandText;
            query.Connection = connection;
            var lines = new List<string>();
            await using (var reader = await query.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }

            var plan = string.Join('\n', lines);
            if (plan.Contains("Sort", StringComparison.Ordinal) || !plan.Contains("Index", StringComparison.Ordinal))
            {
                throw new BenchmarkFailedException($"the plan does not read the queue in index order:\n{plan}");
            }
        }
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            subscriptions.Add(listener.Subscribe(this));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData { Command: NpgsqlCommand command }
            && command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            var copy = new NpgsqlCommand(command.CommandText);
            foreach (NpgsqlParameter parameter in command.Parameters)
            {
                copy.Parameters.Add(parameter.Clone());
            }

            caught.Enqueue(copy);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
