using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.FirstRun;

/// <summary>
/// The README's first command from a clone under a directory closed to everyone but its owner (as root's
/// home is): the private PostgreSQL starts there, on a port of its own, and is stopped and removed afterwards.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class PrivateCheckoutTests
{
    [Fact]
    public async Task The_private_server_starts_from_a_clone_in_a_directory_only_its_owner_can_enter()
    {
        var home = Directory.CreateTempSubdirectory("border-home-");
        File.SetUnixFileMode(home.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var clone = Path.Combine(home.FullName, "border");
        var environment = new Dictionary<string, string> { ["BORDER_PG_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        string? data = null;
        try
        {
            await Expect(home.FullName, environment, "git", "clone", "-q", RepositoryRoot.Path, clone);
            // The clone holds the last commit; the scripts under test are the working copy's.
            File.Copy(RepositoryRoot.Combine("border"), Path.Combine(clone, "border"), overwrite: true);
            foreach (var script in Directory.GetFiles(RepositoryRoot.Combine("scripts"), "*.sh"))
            {
                File.Copy(script, Path.Combine(clone, "scripts", Path.GetFileName(script)), overwrite: true);
            }

            await Expect(clone, environment, "bash", "border", "db", "start");
            var status = await Expect(clone, environment, "bash", "border", "db", "status");
            data = DataDirectory().Match(status).Groups["data"].Value;

            Assert.StartsWith("running on 127.0.0.1:" + environment["BORDER_PG_PORT"], status, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                if (File.Exists(Path.Combine(clone, "scripts", "postgres.sh")))
                {
                    await Shell.RunAsync(clone, environment, "bash", "border", "db", "stop");
                }
            }
            finally
            {
                home.Delete(recursive: true);
                if (!string.IsNullOrEmpty(data) && !data.StartsWith(home.FullName, StringComparison.Ordinal))
                {
                    Directory.Delete(data, recursive: true);
                }
            }
        }
    }

    private static async Task<string> Expect(
        string directory, IReadOnlyDictionary<string, string> environment, string file, params string[] arguments)
    {
        var result = await Shell.RunAsync(directory, environment, file, arguments);
        Assert.True(result.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Output}");
        return result.Output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\(data in (?<data>[^)]+)\)")]
    private static partial Regex DataDirectory();
}
