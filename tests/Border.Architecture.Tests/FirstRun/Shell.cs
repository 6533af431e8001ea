using System.Diagnostics;

namespace Border.Architecture.Tests.FirstRun;

internal sealed record ShellResult(int ExitCode, string Output);

/// <summary>Runs a command to its end; one that outlives its time limit is killed and fails the test.</summary>
internal static class Shell
{
    public static async Task<ShellResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own connection string would make ./border skip its private server.
        start.Environment.Remove("ConnectionStrings__Border");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', arguments)} did not finish within 3 minutes.");
        }

        return new ShellResult(process.ExitCode, await output + await error);
    }
}
