using System.Diagnostics;
using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// The Nu HTML Checker (vnu.jar, the W3C's) over the HTML as the server sends it, every page a person of each role
/// opens from their home, in both languages. `./border test` installs the checker into .tools/; the test fails,
/// saying so, where it is missing.
/// </summary>
public sealed class HtmlCheckerTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] SignedOut =
    [
        "/", "/account/sign-in", "/account/register", "/account/check-email", "/account/forgot-password", "/policy-updates",
        "/allocation", "/requirements", "/requirements/what-to-bring", "/cases/status", "/no-such-page",
    ];

    private static readonly string[] Applicant =
    [
        "/", "/notifications", "/notifications/settings", "/account/password", "/account/privacy", "/account/sessions", "/account/email",
        "/account/two-factor/setup", "/profile", "/profile/name", "/profile/birth", "/profile/nationality", "/profile/contact",
        "/profile/location", "/profile/destination", "/profile/language", "/profile/selfie", "/profile/group", "/profile/group/add",
        "/cases", "/cases/new/advance-information", "/messages", "/messages/new", "/appointments", "/appointments/request",
    ];

    private static readonly string[] Supervisor =
    [
        "/staff", "/staff/policy-updates", "/staff/policy-updates/new", "/staff/applicants", "/staff/check-in", "/staff/cases",
        "/staff/appeals", "/staff/messages", "/staff/requirements", "/staff/ports", "/staff/ports/laredo",
        "/staff/ports/laredo/capacity", "/staff/ports/laredo/arrival", "/staff/ports/laredo/dates/new", "/staff/watch-list",
        "/staff/watch-list/add", "/staff/watch-list/import", "/staff/figures", "/staff/messages/replies", "/staff/messages/name",
    ];

    private static readonly string[] Admin = ["/admin/accounts", "/admin/accounts/invite", "/admin/audit", "/admin/settings"];

    [Fact]
    public async Task Every_page_of_every_role_passes_the_Nu_HTML_Checker_in_both_languages()
    {
        var folder = Directory.CreateTempSubdirectory("border-vnu-");
        try
        {
            await SaveAsync(app.CreateBrowserClient(), "visitor", SignedOut, folder);
            await SaveAsync(await SignedInAsync("applicant@border.test"), "applicant", Applicant, folder);
            await SaveAsync(await SignedInAsync("supervisor@border.test"), "supervisor", Supervisor, folder);
            await SaveAsync(await SignedInAsync("admin@border.test"), "admin", Admin, folder);

            var (exit, report) = await CheckAsync(folder.FullName);

            Assert.True(exit == 0 && report.Length == 0, $"vnu exited {exit}:\n{report}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsDemoAsync(email)).StatusCode);
        return client;
    }

    private static async Task SaveAsync(HttpClient client, string role, IEnumerable<string> paths, DirectoryInfo folder)
    {
        foreach (var language in new[] { "en", "es" })
        {
            await client.GetAsync($"/language/{language}?returnUrl=/");
            foreach (var path in paths)
            {
                var response = await client.GetAsync(path);
                Assert.True(
                    response.StatusCode == (path == "/no-such-page" ? HttpStatusCode.NotFound : HttpStatusCode.OK),
                    $"{role} {language} {path} answered {(int)response.StatusCode}");
                var name = $"{role}-{language}{path.Replace('/', '_')}.html";
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), await response.Content.ReadAsStringAsync());
            }
        }
    }

    private static async Task<(int Exit, string Report)> CheckAsync(string folder)
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
        return (process.ExitCode, (output + await errors).Trim());
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
