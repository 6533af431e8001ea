using System.Diagnostics;
using Border.Notifications.Contracts;
using Border.Shared.Snapshots;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// The header's counts and the home's profile and standing come from the person's snapshot in memory, and every
/// change to them, by the person or by anyone else, shows on the next page (PersonSnapshots).
/// </summary>
public sealed class PersonSnapshotTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private readonly CommandCounter counter = new();

    [Fact]
    public async Task The_home_is_read_once_and_a_change_by_someone_else_shows_on_the_next_page()
    {
        var (applicant, person) = await Applicants.RegisterWelcomedAsync(app, catchUp: true);
        Assert.Equal("Notifications (1)", Badge(await applicant.GetPageAsync("/")));

        var (_, fromMemory) = await counter.GetAsync(applicant, "/");

        Assert.Equal(0, fromMemory);
        // A job or an officer, not the person: only the database's notice can tell this node.
        await SendAsync(new MarkAllNotificationsRead(person));
        var (response, readAgain) = await counter.GetAsync(applicant, "/");
        Assert.True(readAgain >= 1, "The home was not read again after a change to what it shows.");
        Assert.Equal("Notifications (0)", Badge(await HtmlOf(response)));
    }

    [Fact]
    public async Task A_persons_own_change_shows_on_the_page_they_are_sent_to_at_once()
    {
        var (applicant, _) = await Applicants.RegisterWelcomedAsync(app, catchUp: false);
        Assert.Equal("Notifications (1)", Badge(await applicant.GetPageAsync("/")));

        var marked = await applicant.PostFormAsync("/notifications", new Dictionary<string, string>());

        Assert.Equal(System.Net.HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal("Notifications (0)", Badge(await applicant.GetPageAsync("/")));
    }

    [Fact]
    public async Task A_change_to_a_table_every_page_reads_forgets_everyone_and_a_committed_change_names_its_person()
    {
        await using var listening = await OpenAsync();
        var heard = new List<string>();
        listening.Notification += (_, e) => heard.Add(e.Payload);
        await ExecuteAsync(listening, $"LISTEN {PersonChangeTriggers.Channel}");
        var person = (Guid)(await ScalarAsync("SELECT min(id::text)::uuid FROM accounts.users"))!;

        await ExecuteAsync("UPDATE scheduling.ports SET name = name WHERE code = (SELECT min(code) FROM scheduling.ports)");
        await ExecuteAsync($"BEGIN; UPDATE accounts.users SET email = email WHERE id = '{person}'; ROLLBACK");
        await ExecuteAsync($"UPDATE accounts.users SET email = email WHERE id = '{person}'");
        await ExecuteAsync($"NOTIFY {PersonChangeTriggers.Channel}, 'end'");

        var waited = Stopwatch.StartNew();
        while (!heard.Contains("end"))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"The notices did not all come: {string.Join(", ", heard)}");
            await listening.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        // What else the site does meanwhile may notify too; of these two, each once, the rolled-back change never.
        Assert.Equal([PersonChangeTriggers.Everyone, person.ToString()], heard.Where(p => p == PersonChangeTriggers.Everyone || p == person.ToString()));
    }

    [Fact]
    public async Task While_the_listening_connection_is_lost_nothing_is_served_from_memory_and_serving_resumes_after()
    {
        var snapshots = app.Services.GetRequiredService<PersonSnapshots>();
        var (applicant, _) = await Applicants.RegisterWelcomedAsync(app);
        await applicant.GetAsync("/");
        Assert.Equal(0, (await counter.GetAsync(applicant, "/")).Commands);

        await ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{PersonChangeListener.ApplicationName}'");
        await Eventually.TrueAsync(() => !snapshots.Serving, "The site went on serving from memory after losing its listening connection.");

        Assert.True((await counter.GetAsync(applicant, "/")).Commands >= 1);
        await Eventually.TrueAsync(() => snapshots.Serving, "The site did not listen again after its connection was ended.");
        await applicant.GetAsync("/");
        Assert.Equal(0, (await counter.GetAsync(applicant, "/")).Commands);
    }

    public void Dispose() => counter.Dispose();

    private static string Badge(AngleSharp.Dom.IDocument page) => page.QuerySelector("a.badge")!.TextContent;

    private static async Task<AngleSharp.Dom.IDocument> HtmlOf(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        return connection;
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
