using System.Net;
using Border.Scheduling.Contracts;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Scheduling;

/// <summary>The staff allocation pages (staff read, supervisors run) and the public page that explains the draw.</summary>
public sealed class AllocationPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("applicant@border.test", "/staff/allocation", HttpStatusCode.NotFound)]
    [InlineData("applicant@border.test", "/staff/allocation/run", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/allocation", HttpStatusCode.OK)]
    [InlineData("officer@border.test", "/staff/allocation/run", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff/allocation", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/allocation/run", HttpStatusCode.OK)]
    public async Task Staff_read_the_runs_and_only_supervisors_open_the_run_page(string email, string path, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_runs_the_draw_for_a_date_after_a_confirm_page_and_the_run_is_listed_as_started_by_hand()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");
        var confirm = await client.GetPageAsync("/staff/allocation/run?date=2026-06-01");
        Assert.Contains("cannot be undone", confirm.QuerySelector("main")!.TextContent);

        var response = await client.PostFormAsync("/staff/allocation/run?date=2026-06-01", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/allocation?ran=2026-06-01", response.Headers.Location!.OriginalString);
        var list = await client.GetPageAsync("/staff/allocation");
        Assert.Contains("started by hand", list.QuerySelector("main")!.TextContent);
        Assert.Contains(list.QuerySelectorAll("h2"), h => h.TextContent.Contains("2026"));

        var again = await client.PostFormAsync("/staff/allocation/run?date=2026-06-01", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already ran", (await again.ParseAsync()).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_draw_by_hand_for_a_date_whose_window_has_not_closed_is_refused_and_nothing_runs()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");

        var response = await client.PostFormAsync("/staff/allocation/run?date=2031-03-01", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("People can still request appointments for Saturday, March 1, 2031 until", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Date", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.DoesNotContain("2031", (await client.GetPageAsync("/staff/allocation")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_cannot_run_the_draw_by_posting_the_form()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        var form = await supervisor.GetPageAsync("/staff/allocation/run?date=2026-07-01");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");

        var response = await officer.PostAsync("/staff/allocation/run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["date"] = "2026-07-01",
        }));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        var runs = await app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Send(new ListAllocationRuns(100));
        Assert.DoesNotContain(runs, r => r.AppointmentDate == new DateOnly(2026, 7, 1));
    }

    [Theory]
    [InlineData("en", "How appointments are given", "A group is never split")]
    [InlineData("es", "Cómo se asignan las citas", "Un grupo nunca se separa")]
    public async Task The_public_allocation_page_explains_the_draw_without_signing_in_in_both_languages(string culture, string heading, string rule)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunAllocation(new DateOnly(2027, 8, 1)));
        var client = app.CreateBrowserClient();
        await client.GetAsync($"/language/{culture}?returnUrl=/allocation");

        var page = await client.GetPageAsync("/allocation");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(rule, page.QuerySelector("main")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("caption"), c => c.TextContent.Contains("2027"));
        Assert.Equal(8, page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Length);
    }
}

/// <summary>A port's day roster: staff read it, by slot, and download it as CSV.</summary>
public sealed class RosterPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("applicant@border.test", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", HttpStatusCode.OK)]
    public async Task Staff_read_a_ports_roster_and_applicants_get_404(string email, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        Assert.Equal(expected, (await client.GetAsync("/staff/ports/laredo/roster?date=2026-06-01")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Roster at Laredo")]
    [InlineData("es", "Lista del día en Laredo")]
    public async Task The_roster_is_in_the_officers_language_and_exports_as_csv(string culture, string heading)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("officer@border.test");
        await client.GetAsync($"/language/{culture}?returnUrl=/staff");

        var page = await client.GetPageAsync("/staff/ports/laredo/roster?date=2026-06-01");
        var csv = await client.GetAsync("/staff/ports/laredo/roster?handler=csv&date=2026-06-01");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("slot,confirmation_number,people,status,identity_review", await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/ports/nowhere/roster")).StatusCode);
    }
}
