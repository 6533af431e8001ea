using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Cases;

public sealed class StaffCasePageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("applicant@border.test", "/staff/cases", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/cases", HttpStatusCode.OK)]
    [InlineData("officer@border.test", "/staff/appeals", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff/appeals", HttpStatusCode.OK)]
    [InlineData("officer@border.test", "/staff/cases?state=Draft", HttpStatusCode.BadRequest)]
    [InlineData("officer@border.test", "/staff/watch-list/import", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff/watch-list/import", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/watch-list", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/watch-list/add", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/figures", HttpStatusCode.OK)]
    public async Task The_queue_is_for_staff_and_the_appeals_for_supervisors(string email, string path, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_imports_a_watch_list_file_after_fixing_the_lines_the_page_names()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        const string path = "/staff/watch-list/import";

        var faulty = await supervisor.PostFileAsync(path, "File", "full_name,birth_date,reason\nZacarías Montoya Peralta,27/03/1990,Court order\n"u8.ToArray(), "list.csv", "text/csv");
        Assert.Equal(HttpStatusCode.OK, faulty.StatusCode);
        Assert.Contains(
            "Line 2: write the date of birth as YYYY-MM-DD (for example 1990-03-27), or leave it empty.",
            (await faulty.ParseAsync()).QuerySelector(".error-summary")!.TextContent,
            StringComparison.Ordinal);

        var imported = await supervisor.PostFileAsync(path, "File", "full_name,birth_date,reason\nZacarías Montoya Peralta,1990-03-27,Court order\n"u8.ToArray(), "list.csv", "text/csv");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal($"{path}?imported=1", imported.Headers.Location!.OriginalString);
        Assert.Contains("1 name was added to the watch list.", (await supervisor.GetPageAsync($"{path}?imported=1")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_claims_and_denies_through_the_pages_a_stale_page_is_refused_and_the_appeal_goes_to_another_supervisor()
    {
        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "reviewed@example.test");
        var (id, receipt) = await CaseJourney.SubmittedCorrectionAsync(applicant);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");

        var queue = await supervisor.GetPageAsync("/staff/cases?port=all&kind=RecordCorrection&checks=Clear");
        Assert.Contains(queue.QuerySelectorAll("td a"), a => a.TextContent == receipt && a.GetAttribute("href") == $"/staff/cases/{id}");
        var before = await supervisor.GetPageAsync($"/staff/cases/{id}");
        Assert.Contains("Automated checks", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await supervisor.AnswerAsync($"/staff/cases/{id}", [], $"/staff/cases/{id}?done=claimed");
        Assert.DoesNotContain(
            (await supervisor.GetPageAsync("/staff/cases?port=all&kind=RecordCorrection")).QuerySelectorAll("td a"), a => a.TextContent == receipt);

        var staleVersion = (await supervisor.GetPageAsync($"/staff/cases/{id}")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync($"/staff/cases/{id}", new Dictionary<string, string>(), formIndex: 0)).StatusCode);
        await supervisor.AnswerAsync($"/staff/cases/{id}", [], $"/staff/cases/{id}?done=claimed");
        var stale = await supervisor.PostFormAsync($"/staff/cases/{id}", new Dictionary<string, string>
        {
            ["Version"] = staleVersion, ["Outcome"] = "Denied", ["Reasons"] = "evidence-insufficient",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed since you opened it", (await stale.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var noReason = await supervisor.PostFormAsync($"/staff/cases/{id}", new Dictionary<string, string> { ["Outcome"] = "Denied" });
        Assert.Contains("Choose at least one reason for the denial.", (await noReason.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await supervisor.AnswerAsync($"/staff/cases/{id}", new() { ["Outcome"] = "Denied", ["Reasons"] = "evidence-insufficient", ["Note"] = "The photo is unreadable." }, $"/staff/cases/{id}?done=decided");

        var letter = (await applicant.GetPageAsync($"/cases/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("The evidence does not show that the record is wrong.", letter, StringComparison.Ordinal);
        Assert.Contains("The photo is unreadable.", letter, StringComparison.Ordinal);
        await applicant.AnswerAsync($"/cases/{id}/appeal", new() { ["Statement"] = "Here is a clearer photo of my passport." }, $"/cases/{id}?done=appealed");
        Assert.Contains("Appeal received", (await applicant.GetPageAsync($"/cases/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        Assert.Contains((await supervisor.GetPageAsync("/staff/appeals")).QuerySelectorAll("td a"), a => a.TextContent == receipt);
        var own = await supervisor.PostFormAsync($"/staff/cases/{id}", new Dictionary<string, string> { ["AppealOutcome"] = "Overturned" });
        Assert.Contains("another supervisor must decide its appeal", (await own.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_claims_asks_for_documents_and_approves_after_the_applicant_answers_and_cannot_decide_a_correction()
    {
        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "asked@example.test");
        var (id, _) = await CaseJourney.SubmittedCorrectionAsync(applicant);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        await officer.AnswerAsync($"/staff/cases/{id}", [], $"/staff/cases/{id}?done=claimed");
        var page = await officer.GetPageAsync($"/staff/cases/{id}");
        Assert.Contains("Only a supervisor can decide this kind of case.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form textarea[name=Note]"));

        await officer.AnswerAsync($"/staff/cases/{id}", new() { ["What"] = "A photo of the birth certificate." }, $"/staff/cases/{id}?done=requested");
        var asked = await applicant.GetPageAsync($"/cases/{id}");
        var answer = asked.QuerySelector("main a[href*='/requests/']")!.GetAttribute("href")!;
        Assert.Contains("A photo of the birth certificate.", asked.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var sent = await applicant.PostFileAsync(answer, "File", TestImages.Png, "certificate.png");
        Assert.Equal($"/cases/{id}?done=answered", sent.Headers.Location!.OriginalString);
        Assert.Contains("Documents sent", (await applicant.GetPageAsync($"/cases/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You have taken this case.", (await officer.GetPageAsync($"/staff/cases/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
