using System.Diagnostics;
using Border.Testing;

namespace Border.Benchmarks;

/// <summary>
/// Throughput of the pages a signed-in applicant opens, against /health/live on the same server in the same run:
/// Border in Production in a process of its own, a few hundred applicants signed in through the form, then each
/// page loaded by <see cref="Connections"/> connections for <see cref="Measured"/>. The commands each page runs are
/// counted first, one request at a time, on the same database in this process.
/// </summary>
internal sealed class WebBenchmark(int applicants) : IBenchmark
{
    public const int DefaultCount = 300;

    private const int Connections = 200;

    private const int CountedRequests = 20;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(10);

    /// <summary>How often the site checks a cookie's security stamp (AccountsModule), after which it reissues the cookie.</summary>
    private static readonly TimeSpan StampInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A page whose <c>NewVisits</c> is set is asked with a cookie of the load generator's own (<see cref="VisitCookie"/>)
    /// that is new on every request, which the site never gave, so every visit is rendered and kept again, as a person's
    /// first look (or their first after a change) is.
    /// </summary>
    public const string VisitCookie = "bench-visit";

    private static readonly (string Name, string Path, bool SignedIn, bool NewVisits)[] Pages =
    [
        ("health", "/health/live", false, false),
        ("home", "/", true, false),
        ("home-rendered", "/", true, true),
        ("notifications", "/notifications", true, false),
        ("appointments", "/appointments", true, false),
        ("sign-in", "/account/sign-in", false, false),
    ];

    public string Name => "web";

    public string Description => $"requests/s and p99 of signed-in pages at {Connections} connections, against /health/live; commands per page";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        var emails = await WebBenchData.SeedAsync(database.Name, applicants);
        Figures.Write(output, "web-applicants", emails.Count, "signed in");
        await CountCommandsAsync(output, database.Name, emails[0]);

        await using var server = await WebServerProcess.StartAsync(database.ConnectionString, WebBenchData.ContentRoot());
        using var load = new LoadGenerator(server.Address, Connections);
        var cookies = await SignInAllAsync(server.Address, emails);
        Figures.Write(output, "web-connections", Connections, $"for {Measured.TotalSeconds:0} s a page, after {WarmUp.TotalSeconds:0} s warm-up");
        Figures.Write(output, "web-load-average", LoadAverage(), "(1 min, before the run; 2 cores)");

        await MeasureAsync(output, "web", server, (path, newVisits, jars, time) => load.RunAsync(path, jars, time, newVisits), cookies);
        if (WrkLoad.Installed())
        {
            var issued = new DateTime?[cookies.Length];
            await MeasureAsync(output, "web-wrk", server, async (path, newVisits, jars, time) =>
            {
                if (jars == cookies)
                {
                    await RenewAsync(server.Address, jars, issued);
                }

                return await WrkLoad.RunAsync(server.Address, path, jars, Connections, time, newVisits);
            }, cookies);
        }
        else
        {
            Figures.Write(output, "web-wrk-installed", 0, "(apt install wrk for the same pages loaded from a process of its own)");
        }
    }

    /// <summary>
    /// wrk cannot keep a cookie the site renews: the security stamp is checked once a minute and the cookie reissued, and
    /// a client that sends the old one again has it checked on every request (a browser keeps the new one, as the
    /// in-process generator does). So before each wrk run every cookie is brought up to date, as a browser's would be,
    /// and none may fall due during the run, or the run measures stamp checks from its middle on (/appointments, the
    /// fourth page, ran at half the home's rate). A cookie of unknown age (the in-process generator kept it) or one that
    /// would fall due is let fall due first: a minute after a pass every cookie is due, and the next pass renews them all.
    /// </summary>
    private static async Task RenewAsync(Uri server, string?[] cookies, DateTime?[] issued)
    {
        var lasting = WarmUp + Measured + TimeSpan.FromSeconds(5);
        bool AnyFallsDue() => issued.Where((_, i) => cookies[i] is not null).Any(t => t is null || DateTime.UtcNow - t > StampInterval - lasting);

        await RenewPassAsync(server, cookies, issued);
        if (AnyFallsDue())
        {
            await Task.Delay(StampInterval + TimeSpan.FromSeconds(1));
            await RenewPassAsync(server, cookies, issued);
            if (AnyFallsDue())
            {
                throw new BenchmarkFailedException("A cookie was not renewed after its security stamp check fell due; wrk would measure stamp checks.");
            }
        }
    }

    private static async Task RenewPassAsync(Uri server, string?[] cookies, DateTime?[] issued)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server };
        for (var i = 0; i < cookies.Length; i++)
        {
            if (cookies[i] is null)
            {
                continue;
            }

            using var request = BenchRequest.Get("/", cookies[i]);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new BenchmarkFailedException($"A signed-in applicant's home answered {(int)response.StatusCode} before the wrk run.");
            }

            if (ReissuesSignIn(response))
            {
                issued[i] = DateTime.UtcNow;
            }

            cookies[i] = CookieJar.Keep(cookies[i], response);
        }
    }

    private static bool ReissuesSignIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.Split('=', 2)[0] is "border" or "__Host-border");

    /// <summary>Each page in turn: warm-up, then the measured time, with the server's processor time over it.</summary>
    private static async Task MeasureAsync(
        TextWriter output, string prefix, WebServerProcess server, Func<string, bool, string?[], TimeSpan, Task<LoadResult>> run, string?[] cookies)
    {
        double? health = null;
        foreach (var (name, path, signedIn, newVisits) in Pages)
        {
            var jars = signedIn ? cookies : new string?[Connections];
            await run(path, newVisits, jars, WarmUp);
            var cpuBefore = server.ProcessorTime;
            var result = await run(path, newVisits, jars, Measured);
            var cpu = (server.ProcessorTime - cpuBefore) / result.Elapsed;
            health ??= result.RequestsPerSecond;
            Figures.Write(output, $"{prefix}-{name}-rps", result.RequestsPerSecond, "requests/s");
            Figures.Write(output, $"{prefix}-{name}-p50", result.MedianMs, "ms");
            Figures.Write(output, $"{prefix}-{name}-p99", result.P99Ms, "ms");
            Figures.Write(output, $"{prefix}-{name}-errors", result.Errors, "responses not 200");
            Figures.Write(output, $"{prefix}-{name}-timeouts", result.Timeouts, $"over {LoadGenerator.Timeout.TotalSeconds:0} s");
            Figures.Write(output, $"{prefix}-{name}-server-cpu", cpu * 100, "% of one core");
            if (name != "health")
            {
                Figures.WriteRatio(output, name == "home" ? $"{prefix}-ratio" : $"{prefix}-{name}-ratio", result.RequestsPerSecond / health.Value, $"of /health/live");
            }
        }
    }

    /// <summary>Commands per request, each page asked <see cref="CountedRequests"/> times in turn (in-process, Production).</summary>
    private static async Task CountCommandsAsync(TextWriter output, string database, string email)
    {
        using var counter = new CommandCounter();
        var site = new ProductionSite(database);
        await ((Xunit.IAsyncLifetime)site).InitializeAsync();
        try
        {
            using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri("https://localhost"),
                AllowAutoRedirect = false,
                HandleCookies = false,
            });
            var cookie = await WebSignIn.SignInAsync(client, email, TestApplicants.Password);
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            foreach (var (name, path, signedIn, _) in Pages.Where(page => !page.NewVisits))
            {
                using var anonymous = site.CreateBrowserClient();
                var asking = signedIn ? client : anonymous;
                var total = 0;
                for (var i = 0; i < CountedRequests; i++)
                {
                    var (response, commands) = await counter.GetAsync(asking, path);
                    if (response.StatusCode != System.Net.HttpStatusCode.OK)
                    {
                        throw new BenchmarkFailedException($"{path} answered {(int)response.StatusCode} while its commands were counted.");
                    }

                    total += commands;
                }

                Figures.Write(output, $"web-{name}-queries", (double)total / CountedRequests, "commands/request");
            }
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)site).DisposeAsync();
        }
    }

    /// <summary>One signed-in applicant per connection (the first <see cref="Connections"/> of them), each with their cookies.</summary>
    private static async Task<string?[]> SignInAllAsync(Uri server, IReadOnlyList<string> emails)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server };
        var cookies = new string[emails.Count];
        // A few at a time: each sign-in hashes a password, which is meant to be slow.
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            cookies[i] = await WebSignIn.SignInAsync(client, emails[i], TestApplicants.Password));
        return [.. Enumerable.Range(0, Connections).Select(i => cookies[i % cookies.Length])];
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : double.NaN;
}
