using System.Diagnostics;
using Border.Testing;

namespace Border.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Starting_without_a_reachable_postgres_prints_one_clear_message_and_exits_non_zero()
    {
        var (exitCode, error) = await StartAsync(new()
        {
            ["ConnectionStrings__Border"] = "Host=127.0.0.1;Port=1;Database=border;Username=border;Password=x;Timeout=3",
            ["DataProtection__Certificate__Path"] = TestCertificates.KeyRingPath,
            ["DataProtection__Certificate__Password"] = TestCertificates.Password,
        });

        Assert.Equal(2, exitCode);
        Assert.Contains("Border cannot reach PostgreSQL at 127.0.0.1:1/border", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_certificate_for_the_keys_refuses_to_start_with_a_one_line_reason()
    {
        var (exitCode, error) = await StartAsync(new()
        {
            ["ConnectionStrings__Border"] = "Host=127.0.0.1;Port=1;Database=border;Username=border;Password=x;Timeout=3",
        });

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("DataProtection__Certificate__Path", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_is_named_in_the_reason()
    {
        var (exitCode, error) = await StartAsync(new()
        {
            ["ConnectionStrings__Border"] = "Host=127.0.0.1;Port=1;Database=border;Username=border;Password=x;Timeout=3",
            ["DataProtection__Certificate__Path"] = TestCertificates.KeyRingPath,
            ["DataProtection__Certificate__Password"] = "not the password",
        });

        Assert.Equal(3, exitCode);
        Assert.Contains($"the certificate {TestCertificates.KeyRingPath} cannot be read", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> StartAsync(Dictionary<string, string> environment)
    {
        var site = Path.Combine(AppContext.BaseDirectory, "Border.Web.dll");
        var start = new ProcessStartInfo("dotnet", [site, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The site kept running when it should have refused to start.");
        }

        return (process.ExitCode, await error);
    }
}
