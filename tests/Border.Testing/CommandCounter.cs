using System.Collections.Concurrent;
using System.Diagnostics;

namespace Border.Testing;

/// <summary>
/// Counts the PostgreSQL commands one request runs. The request carries a W3C traceparent of its own; the site's
/// request activity takes that trace id and every Npgsql command under it (EF Core's and raw ones alike) inherits
/// it, so requests of other tests or background jobs in the same process are never counted.
/// </summary>
public sealed class CommandCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> commands = new();
    private readonly ActivityListener listener;

    public CommandCounter()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Npgsql also traces opening a physical connection; only commands carry their SQL.
                var text = activity.Source.Name == "Npgsql"
                    ? activity.Tags.FirstOrDefault(t => t.Key is "db.query.text" or "db.statement").Value
                    : null;
                if (text is not null)
                {
                    commands.GetOrAdd(activity.TraceId, _ => new ConcurrentQueue<string>()).Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>GETs the path and answers with the response (body read) and the commands the site ran for it.</summary>
    public async Task<(HttpResponseMessage Response, int Commands)> GetAsync(HttpClient client, string path)
    {
        var (response, statements) = await GetStatementsAsync(client, path);
        return (response, statements.Count);
    }

    /// <summary>Like <see cref="GetAsync"/>, with the SQL of each command, so a failing count can say which ran.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Statements)> GetStatementsAsync(HttpClient client, string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, commands.TryRemove(trace, out var ran) ? [.. ran] : []);
    }

    public void Dispose() => listener.Dispose();
}
