using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// What a signed-in page costs the database, counted per request (CommandCounter): a new query in the layout or
/// a lookup repeated per request shows here. The session check is answered from memory after the first request.
/// </summary>
public sealed class QueryCountTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private readonly CommandCounter counter = new();

    [Theory]
    [InlineData("/", HomeCommands)]
    [InlineData("/notifications", NotificationsCommands)]
    [InlineData("/appointments", AppointmentsCommands)]
    public async Task A_signed_in_page_runs_no_more_commands_than_it_needs(string path, int most)
    {
        var applicant = await Applicants.RegisterAsync(app, $"{Guid.NewGuid():N}@example.test", "en");
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(path)).StatusCode);

        var (response, statements) = await counter.GetStatementsAsync(applicant, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(
            statements.Count >= 1 && statements.Count <= most,
            $"{path} ran {statements.Count} commands (at most {most}):\n{string.Join("\n---\n", statements)}");
        // An applicant's header asks only an applicant's counts, never the officers' queues.
        Assert.DoesNotContain(statements, s => s.Contains("assigned_to = $1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_page_and_the_liveness_check_run_no_command()
    {
        var visitor = app.CreateBrowserClient();

        Assert.Equal(0, (await counter.GetAsync(visitor, "/account/sign-in")).Commands);
        Assert.Equal(0, (await counter.GetAsync(visitor, "/health/live")).Commands);
    }

    public void Dispose() => counter.Dispose();

    // The page's own reads plus the header's one count (and, for times in the reader's zone, their state).
    private const int HomeCommands = 3;
    private const int NotificationsCommands = 4;
    private const int AppointmentsCommands = 4;
}
