using System.Diagnostics;

namespace Border.Web.Tests.Support;

/// <summary>
/// The Nu HTML Checker (the W3C's vnu.jar) over pages as the server sent them. `./border test` installs it into
/// .tools/ (or BORDER_VNU_JAR names it); a test that needs it fails, saying so, where it is missing.
/// </summary>
internal static class HtmlChecker
{
    /// <summary>Checks every .html file in the folder; fails with vnu's report when it finds an error.</summary>
    public static async Task AssertValidAsync(string folder)
    {
        var jar = Environment.GetEnvironmentVariable("BORDER_VNU_JAR") is { Length: > 0 } named ? named : Path.Combine(RepositoryRoot(), ".tools", "vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu HTML Checker is not at {jar}: `./border test` installs it (Java and vnu.jar).");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = (output + await errors).Trim();
        Assert.True(process.ExitCode == 0 && report.Length == 0, $"vnu exited {process.ExitCode}:\n{report}");
    }

    /// <summary>Writes the pages (name → HTML) to a fresh folder and checks them.</summary>
    public static async Task AssertValidAsync(IReadOnlyDictionary<string, string> pages)
    {
        var folder = Directory.CreateTempSubdirectory("border-vnu-");
        try
        {
            foreach (var (name, html) in pages)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".html"), html);
            }

            await AssertValidAsync(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Border.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Border.sln not found above " + AppContext.BaseDirectory);
    }
}
