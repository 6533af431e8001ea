using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Border.Benchmarks;

/// <summary>
/// The same load from wrk in a process of its own (2 threads, the same connections and 2 s timeout), when wrk is
/// installed (<c>apt install wrk</c>): a load generator written in C costs the two shared cores less than the one in
/// this process, so its figures say how much of the ratio the in-process generator took. Every response that is not a
/// 200 counts as an error (a Lua <c>response</c> hook: wrk itself counts redirects as success), so a refused cookie
/// cannot pass for speed. Cookies rotate per request over the same signed-in applicants.
/// </summary>
internal static class WrkLoad
{
    public static bool Installed() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    public static async Task<LoadResult> RunAsync(Uri server, string path, IReadOnlyList<string?> cookies, int connections, TimeSpan duration, bool newVisits)
    {
        var script = Path.Combine(Path.GetTempPath(), $"border-wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(path, cookies, newVisits));
        try
        {
            var start = new ProcessStartInfo("wrk")
            {
                ArgumentList =
                {
                    "-t2", $"-c{connections}", string.Create(CultureInfo.InvariantCulture, $"-d{duration.TotalSeconds:0}s"),
                    string.Create(CultureInfo.InvariantCulture, $"--timeout={LoadGenerator.Timeout.TotalSeconds:0}s"), "-s", script, server.ToString(),
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var wrk = Process.Start(start) ?? throw new BenchmarkFailedException("Could not start wrk.");
            var output = await wrk.StandardOutput.ReadToEndAsync();
            var errors = await wrk.StandardError.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            if (wrk.ExitCode != 0)
            {
                throw new BenchmarkFailedException($"wrk exited with {wrk.ExitCode}: {errors}{output}");
            }

            return Parse(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static LoadResult Parse(string output)
    {
        var figures = output.Split('\n')
            .Where(line => line.StartsWith("border-", StringComparison.Ordinal))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1].Trim(), CultureInfo.InvariantCulture));
        if (!figures.ContainsKey("border-requests"))
        {
            throw new BenchmarkFailedException($"wrk did not report: {output}");
        }

        var notOk = figures["border-not-200"];
        var timeouts = figures["border-timeouts"];
        return new LoadResult(
            (int)(figures["border-requests"] - notOk),
            (int)notOk,
            (int)timeouts,
            TimeSpan.FromMicroseconds(figures["border-duration-us"]),
            figures["border-p50-us"] / 1000.0,
            figures["border-p99-us"] / 1000.0);
    }

    private static string Script(string path, IReadOnlyList<string?> cookies, bool newVisits)
    {
        var list = new StringBuilder();
        foreach (var cookie in cookies)
        {
            list.Append(CultureInfo.InvariantCulture, $"  [==[{cookie ?? string.Empty}]==],\n");
        }

        return $$"""
            local cookies = {
            {{list}}}
            local threads = {}
            local run = tostring(os.time())
            local new_visits = {{(newVisits ? "true" : "false")}}
            function setup(thread) table.insert(threads, thread); thread:set("id", #threads) end
            function init(args) sent = 0; not_ok = 0 end
            function request()
              sent = sent + 1
              local headers = { ["X-Forwarded-Proto"] = "https" }
              local cookie = cookies[(sent % #cookies) + 1]
              if new_visits then cookie = cookie .. "; {{WebBenchmark.VisitCookie}}=" .. run .. "-" .. id .. "-" .. sent end
              if cookie ~= "" then headers["Cookie"] = cookie end
              return wrk.format("GET", [==[{{path}}]==], headers)
            end
            function response(status, headers, body)
              if status ~= 200 then not_ok = not_ok + 1 end
            end
            function done(summary, latency, requests)
              local not_ok_total = 0
              for _, thread in ipairs(threads) do not_ok_total = not_ok_total + thread:get("not_ok") end
              io.write(string.format("border-requests: %d\n", summary.requests))
              io.write(string.format("border-duration-us: %d\n", summary.duration))
              io.write(string.format("border-not-200: %d\n", not_ok_total))
              io.write(string.format("border-timeouts: %d\n", summary.errors.timeout))
              io.write(string.format("border-p50-us: %d\n", latency:percentile(50)))
              io.write(string.format("border-p99-us: %d\n", latency:percentile(99)))
            end
            """;
    }
}
