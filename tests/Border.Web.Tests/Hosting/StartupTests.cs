using System.Diagnostics;

namespace Border.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Starting_without_a_reachable_postgres_prints_one_clear_message_and_exits_non_zero()
    {
        var site = Path.Combine(AppContext.BaseDirectory, "Border.Web.dll");
        var start = new ProcessStartInfo("dotnet", [site, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Border"] = "Host=127.0.0.1;Port=1;Database=border;Username=border;Password=x;Timeout=3";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Border cannot reach PostgreSQL at 127.0.0.1:1/border", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
