using System.Diagnostics;
using System.Net;

namespace Border.Benchmarks;

/// <summary>
/// A closed-loop load generator in the benchmark's own process, as wrk is: a fixed number of connections over
/// loopback, each sending its next request as soon as the last one's body is read, for a fixed time. A request
/// is an error when it answers anything but 200 or fails, and a timeout when it takes longer than <see cref="Timeout"/>
/// (wrk's default, 2 s).
/// </summary>
internal sealed class LoadGenerator(Uri server, int connections) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = server,
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Loads <paramref name="path"/>; connection <c>i</c> sends <paramref name="cookies"/>[i] (null: anonymous) and,
    /// as a browser does, keeps what the site sets in it (a cookie renewed by the security-stamp check, say).
    /// </summary>
    /// <param name="newVisits">Each request also carries a <see cref="WebBenchmark.VisitCookie"/> of its own, so nothing kept for the last one matches.</param>
    public async Task<LoadResult> RunAsync(string path, string?[] cookies, TimeSpan duration, bool newVisits = false)
    {
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        var timeouts = new int[connections];
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = new List<double>(4096);
            var visit = 0;
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var cookie = newVisits ? $"{cookies[i]}; {WebBenchmark.VisitCookie}={i}-{visit++}" : cookies[i];
                using var request = BenchRequest.Get(path, cookie);
                using var timeout = new CancellationTokenSource(Timeout);
                try
                {
                    using var response = await client.SendAsync(request, timeout.Token);
                    await response.Content.LoadIntoBufferAsync(timeout.Token);
                    cookies[i] = CookieJar.Keep(cookies[i], response);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors[i]++;
                        continue;
                    }

                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    timeouts[i]++;
                }
                catch (HttpRequestException)
                {
                    errors[i]++;
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var elapsed = watch.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, errors.Sum(), timeouts.Sum(), elapsed, Percentile(all, 0.5), Percentile(all, 0.99));
    }

    public void Dispose() => client.Dispose();

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal sealed record LoadResult(int Ok, int Errors, int Timeouts, TimeSpan Elapsed, double MedianMs, double P99Ms)
{
    public double RequestsPerSecond => Ok / Elapsed.TotalSeconds;
}

internal static class BenchRequest
{
    /// <summary>
    /// A GET as the TLS-terminating proxy of a deployment forwards it: the cookies are Secure and __Host-, and the
    /// site trusts X-Forwarded-Proto from a proxy on the same host. No Accept-Encoding, as wrk sends none.
    /// </summary>
    public static HttpRequestMessage Get(string path, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path) { Version = HttpVersion.Version11 };
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }
}

internal static class CookieJar
{
    /// <summary>The cookie header after the response's Set-Cookie headers: set ones replaced, expired ones dropped.</summary>
    public static string? Keep(string? cookie, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            return cookie;
        }

        var jar = (cookie ?? string.Empty).Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2)).ToDictionary(c => c[0], c => c.Length > 1 ? c[1] : string.Empty);
        foreach (var set in setCookies)
        {
            var pair = set.Split(';', 2)[0].Split('=', 2);
            if (pair.Length < 2 || pair[1].Length == 0 || set.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                jar.Remove(pair[0]);
            }
            else
            {
                jar[pair[0]] = pair[1];
            }
        }

        return jar.Count == 0 ? null : string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));
    }
}
