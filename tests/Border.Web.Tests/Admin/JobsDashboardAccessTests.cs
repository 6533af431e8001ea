using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Border.Web.Tests.Admin;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire: admins with two-step sign-in act, supervisors read, everyone else gets
/// 404 or the sign-in page; actions need the antiforgery token and are audited with the admin's id.
/// </summary>
public sealed class JobsDashboardAccessTests(JobsDashboardAccessTests.RecordedApp app) : IClassFixture<JobsDashboardAccessTests.RecordedApp>
{
    private const string Trigger = "/admin/hangfire/recurring/trigger";

    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", HttpStatusCode.OK)]
    [InlineData("admin@border.test", HttpStatusCode.OK)]
    public async Task Supervisors_and_admins_open_the_dashboard_and_others_get_404(string email, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        foreach (var path in new[] { "/admin/hangfire", "/admin/hangfire/recurring", "/admin/hangfire/servers", "/admin/hangfire/jobs/failed" })
        {
            var response = await client.GetAsync(path);
            Assert.True(expected == response.StatusCode, $"{email} opening {path}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("officer@border.test")]
    [InlineData("supervisor@border.test")]
    public async Task Only_admins_may_act_there(string email)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        var post = await client.PostAsync(Trigger, await TriggerFormAsync(client, "outbox-cleanup"));

        Assert.False(post.IsSuccessStatusCode, $"{email}: {post.StatusCode}");
        Assert.Equal(0L, await AuditCountAsync(email));
    }

    [Fact]
    public async Task An_admin_triggers_a_job_in_Spanish_and_the_audit_log_has_it_with_their_id()
    {
        var admin = app.CreateBrowserClient();
        await admin.SignInAsDemoAsync("admin@border.test");
        await admin.GetAsync("/language/es?returnUrl=/");

        var page = await admin.GetStringAsync("/admin/hangfire/recurring");
        Assert.Contains("Tareas recurrentes", page, StringComparison.Ordinal);

        var refused = await admin.PostAsync(Trigger, new FormUrlEncodedContent([new("jobs[]", "outbox-cleanup")]));
        Assert.False(refused.IsSuccessStatusCode, $"without the antiforgery token: {refused.StatusCode}");
        Assert.Equal(0L, await AuditCountAsync("admin@border.test"));

        var post = await admin.PostAsync(Trigger, await TriggerFormAsync(admin, "outbox-cleanup"));

        Assert.True(post.IsSuccessStatusCode, $"{post.StatusCode}: {string.Join(" | ", app.Logs.Entries.Select(e => $"{e.Category}: {e.Message} {e.Exception}"))}");
        Assert.Equal(1L, await AuditCountAsync("admin@border.test"));
    }

    [Fact]
    public async Task Its_scripts_are_cached_and_compressed()
    {
        var admin = app.CreateBrowserClient();
        await admin.SignInAsDemoAsync("admin@border.test");
        var page = await admin.GetStringAsync("/admin/hangfire");
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/admin/hangfire/js[0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Visitors_and_an_admin_who_gave_only_a_password_are_sent_to_sign_in()
    {
        var halfway = app.CreateBrowserClient();
        var response = await halfway.SignInAsync("admin@border.test", Border.Accounts.Contracts.SeedDemoAccounts.Password);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        foreach (var client in new[] { app.CreateBrowserClient(), halfway })
        {
            var refused = await client.GetAsync("/admin/hangfire");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/account/sign-in", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>With a good antiforgery token (it is per person, not per form), so only the role can refuse it.</summary>
    private static async Task<FormUrlEncodedContent> TriggerFormAsync(HttpClient client, string job)
    {
        var token = (await client.GetPageAsync("/account/password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("jobs[]", job)]);
    }

    private async Task<long> AuditCountAsync(string email)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM platform.audit_entries a JOIN accounts.users u ON u.id = a.actor_id
            WHERE u.email = $1 AND a.action = 'jobs.triggered' AND a.after->'Jobs' ? 'outbox-cleanup'
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The site, keeping its errors so a failed dashboard command says what went wrong.</summary>
    public sealed class RecordedApp : BorderWebApp
    {
        public LogRecorder Logs { get; } = new(LogLevel.Error);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
