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
    private readonly ConcurrentDictionary<ActivityTraceId, int> commands = new();
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
                if (activity.Source.Name == "Npgsql" && activity.Tags.Any(t => t.Key is "db.query.text" or "db.statement"))
                {
                    commands.AddOrUpdate(activity.TraceId, 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>GETs the path and answers with the response (body read) and the commands the site ran for it.</summary>
    public async Task<(HttpResponseMessage Response, int Commands)> GetAsync(HttpClient client, string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, commands.TryRemove(trace, out var count) ? count : 0);
    }

    public void Dispose() => listener.Dispose();
}
