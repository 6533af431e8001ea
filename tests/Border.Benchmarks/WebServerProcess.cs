using Border.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Border.Benchmarks;

/// <summary>
/// Border as a deployment runs it: its own process, the Production environment, Kestrel on a loopback port of
/// its own, the benchmark's database. Only the sign-in rate limit is raised, so hundreds of applicants can sign
/// in from one address before the run; mail goes to a folder instead of a server.
/// The site is src/Web's Release build, or the one BORDER_BENCH_WEB names (another checkout's src/Web, for a before figure).
/// </summary>
internal sealed class WebServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Processor time the server has used so far (both cores count).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<WebServerProcess> StartAsync(string connectionString, string contentRoot)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(contentRoot, "bin", "Release", "net10.0", "Border.Web.dll"), "--urls", address.ToString() },
            WorkingDirectory = contentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Border"] = connectionString;
        start.Environment["RateLimits__SignInPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The key ring is encrypted at rest in Production, as in a deployment; the tests' certificate serves here.
        start.Environment["DataProtection__Certificate__Path"] = TestCertificates.KeyRingPath;
        start.Environment["DataProtection__Certificate__Password"] = TestCertificates.Password;
        start.Environment["Email__PickupDirectory"] = Directory.CreateTempSubdirectory("border-bench-mail-").FullName;
        var process = Process.Start(start) ?? throw new BenchmarkFailedException("Could not start Border.Web.");
        // Drained so a chatty server never blocks on a full pipe; warnings and errors go to our stderr.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[server] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WebServerProcess(process, address);
        await server.WaitUntilLiveAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new BenchmarkFailedException($"Border.Web exited with {process.ExitCode} before it served.");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new BenchmarkFailedException("Border.Web did not answer /health/live within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
