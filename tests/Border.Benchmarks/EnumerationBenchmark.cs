using System.Diagnostics;
using Border.Testing;

namespace Border.Benchmarks;

/// <summary>
/// Whether the time a form takes tells a stranger that an address has an account: the median time of a sign-in
/// (wrong password) and of a registration, for an address with an account and one without, and how far apart they are.
/// Known and unknown alternate, so a slower moment of the machine falls on both.
/// </summary>
internal sealed class EnumerationBenchmark(int samples) : IBenchmark
{
    public const int DefaultCount = 40;

    public string Name => "enumeration";

    public string Description => "median ms of sign-in and registration for a known and an unknown address, and their difference";

    public async Task RunAsync(TextWriter output)
    {
        var site = new BenchmarkSite();
        await site.InitializeAsync();
        try
        {
            // One wrong password per known account, so no account reaches its lockout and every sample is the same path.
            var known = Enumerable.Range(0, samples).Select(i => $"known{i}@bench.test").ToList();
            await TestAccounts.CreateSharingPasswordAsync(site.Services, "applicant@border.test", known);
            var client = site.CreateBrowserClient();
            await TimeAsync(client, "/account/sign-in", "Input.Email", i => known[i], i => $"nobody{i}@bench.test", output, "sign-in");
            await TimeAsync(client, "/account/register", "Input.Email", i => known[i], i => $"new{i}@bench.test", output, "register");
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)site).DisposeAsync();
        }
    }

    private async Task TimeAsync(
        HttpClient client, string path, string field, Func<int, string> knownEmail, Func<int, string> unknownEmail, TextWriter output, string name)
    {
        // Warm up both paths: the first request of each pays for compiling and the dummy hash.
        await PostAsync(client, path, field, "warm@bench.test");
        await PostAsync(client, path, field, knownEmail(0));
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 1; i < samples; i++)
        {
            knownTimes.Add(await PostAsync(client, path, field, knownEmail(i)));
            unknownTimes.Add(await PostAsync(client, path, field, unknownEmail(i)));
        }

        var knownMedian = Median(knownTimes);
        var unknownMedian = Median(unknownTimes);
        Figures.Write(output, $"{name}-known-median", knownMedian, "ms");
        Figures.Write(output, $"{name}-unknown-median", unknownMedian, "ms");
        var difference = Math.Abs(knownMedian - unknownMedian) / Math.Max(knownMedian, unknownMedian) * 100;
        Figures.Write(output, $"{name}-difference", difference, "% (goal: within 20)");
    }

    private static async Task<double> PostAsync(HttpClient client, string path, string field, string email)
    {
        var page = await client.GetStringAsync(path);
        var token = PagesBenchmark.AntiforgeryToken().Match(page).Groups["token"].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            [field] = email,
            ["Input.Password"] = "a wrong but long password",
            ["Input.AcceptedTerms"] = "true",
            ["Input.Culture"] = "en",
        });
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(path, form);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if ((int)response.StatusCode >= 400)
        {
            throw new BenchmarkFailedException($"POST {path} answered {(int)response.StatusCode}.");
        }

        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
