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
    [InlineData("/", HomeCommands, 0)]
    [InlineData("/notifications", NotificationsCommands, 0)]
    [InlineData("/appointments", AppointmentsCommands, 0)]
    public async Task A_signed_in_page_runs_no_more_commands_than_it_needs(string path, int firstVisit, int nextVisits)
    {
        var (applicant, _) = await Applicants.RegisterWelcomedAsync(app);
        // The first page after signing in also checks the session and reads the header's counts.
        var (entry, header) = await counter.GetStatementsAsync(applicant, "/requirements");
        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        // An applicant's header asks only an applicant's counts, never the officers' queues.
        Assert.DoesNotContain(header, s => s.Contains("assigned_to = $1", StringComparison.Ordinal));

        var (response, statements) = await counter.GetStatementsAsync(applicant, path);
        var (again, repeated) = await counter.GetStatementsAsync(applicant, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(
            statements.Count >= 1 && statements.Count <= firstVisit,
            $"{path} ran {statements.Count} commands (at most {firstVisit}):\n{string.Join("\n---\n", statements)}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(
            repeated.Count <= nextVisits,
            $"{path} ran {repeated.Count} commands the second time (at most {nextVisits}):\n{string.Join("\n---\n", repeated)}");
    }

    [Fact]
    public async Task The_sign_in_page_and_the_liveness_check_run_no_command()
    {
        var visitor = app.CreateBrowserClient();

        Assert.Equal(0, (await counter.GetAsync(visitor, "/account/sign-in")).Commands);
        Assert.Equal(0, (await counter.GetAsync(visitor, "/health/live")).Commands);
    }

    public void Dispose() => counter.Dispose();

    // The page's own reads; the header's counts come from the person's snapshot after the first page, and so do the
    // home's profile and standing, the inbox's first pages and the appointments page's standing after their first visit
    // (PersonSnapshots).
    private const int HomeCommands = 2;
    private const int NotificationsCommands = 3;
    private const int AppointmentsCommands = 3;
}
