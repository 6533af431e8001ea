using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Cases;

public sealed class ApplicantCasePageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_correction_goes_from_start_to_receipt_through_the_pages_without_script()
    {
        var (client, _) = await CaseJourney.ApplicantAsync(app, "corrects@example.test");
        var id = await CaseJourney.AnsweredCorrectionAsync(client);

        var draftList = (await client.GetPageAsync("/cases")).QuerySelector("main")!.TextContent;
        Assert.Contains("Draft: not sent yet", draftList, StringComparison.Ordinal);
        var missing = await client.PostFormAsync($"/cases/{id}/check", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Add this document before you send the case.", (await missing.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var refused = await client.PostFileAsync($"/cases/{id}/documents/evidence", "File", "not a picture"u8.ToArray(), "proof.png");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ParseAsync()).QuerySelector(".error-summary a[href='#File']"));

        var uploaded = await client.PostFileAsync($"/cases/{id}/documents/evidence", "File", TestImages.Png, "proof.png");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        await client.AnswerAsync($"/cases/{id}/documents/evidence?added=true", [], $"/cases/{id}/check");
        var check = (await client.GetPageAsync($"/cases/{id}/check")).QuerySelector("main")!.TextContent;
        Assert.Contains("María José Pérez Lopes", check, StringComparison.Ordinal);
        Assert.Contains("1 file", check, StringComparison.Ordinal);
        await client.AnswerAsync($"/cases/{id}/check", [], $"/cases/{id}/receipt");

        var receipt = await client.GetPageAsync($"/cases/{id}/receipt");
        var number = receipt.QuerySelector("main .key")!.TextContent.Trim();
        Assert.Matches("^CAS-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$", number);
        var page = (await client.GetPageAsync($"/cases/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Received, waiting for an officer", page, StringComparison.Ordinal);
        Assert.Contains("Sent to Border", page, StringComparison.Ordinal);
        Assert.Contains(number, (await client.GetPageAsync("/cases")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{id}/questions/detail")).StatusCode);
        await HtmlChecker.AssertValidAsync(new Dictionary<string, string>
        {
            ["receipt"] = await client.GetStringAsync($"/cases/{id}/receipt"),
            ["case"] = await client.GetStringAsync($"/cases/{id}"),
            ["cases"] = await client.GetStringAsync("/cases"),
        });
    }

    [Fact]
    public async Task A_change_link_to_a_document_comes_back_to_check_your_answers_after_adding_a_file_and_continuing()
    {
        var (client, _) = await CaseJourney.ApplicantAsync(app, "changes.document@example.test");
        var id = await CaseJourney.AnsweredCorrectionAsync(client);
        await client.PostFileAsync($"/cases/{id}/documents/evidence", "File", TestImages.Png, "proof.png");
        await client.AnswerAsync($"/cases/{id}/documents/evidence?added=true", [], $"/cases/{id}/check");

        var change = (await client.GetPageAsync($"/cases/{id}/check")).QuerySelectorAll("main dd a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/cases/{id}/documents/evidence?change=true", change);
        var added = await client.PostFileAsync($"/cases/{id}/documents/evidence?change=true", "File", TestImages.Png, "second.png");
        Assert.Equal($"/cases/{id}/documents/evidence?added=true&change=true", added.Headers.Location!.OriginalString);

        var page = await client.GetPageAsync(added.Headers.Location.OriginalString);
        var onward = OnwardAction(page);
        Assert.Contains("handler=Skip", onward, StringComparison.Ordinal);
        Assert.Contains("change=true", onward, StringComparison.Ordinal);
        await client.AnswerAsync(added.Headers.Location.OriginalString, [], $"/cases/{id}/check");
        Assert.Contains("2 files", (await client.GetPageAsync($"/cases/{id}/check")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Without the change link the same button goes on through the pages, not straight back.
        var plain = OnwardAction(await client.GetPageAsync($"/cases/{id}/documents/evidence"));
        Assert.DoesNotContain("change=", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_is_withdrawn_after_are_you_sure_and_a_draft_is_discarded()
    {
        var (client, _) = await CaseJourney.ApplicantAsync(app, "withdraws@example.test", "es");
        var (sent, _) = await CaseJourney.SubmittedCorrectionAsync(client);
        Assert.Contains("¿Retirar su caso?", (await client.GetPageAsync($"/cases/{sent}/withdraw")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await client.AnswerAsync($"/cases/{sent}/withdraw", [], "/cases?done=withdrawn");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{sent}/withdraw")).StatusCode);

        var draft = await client.PostFormAsync("/cases/new/port-accommodation", new Dictionary<string, string>());
        var draftId = Guid.Parse(draft.Headers.Location!.OriginalString.Split('/')[2]);
        await client.AnswerAsync($"/cases/{draftId}/discard", [], "/cases?done=discarded");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cases/{draftId}")).StatusCode);
    }

    [Fact]
    public async Task Another_applicants_case_is_not_found_on_any_of_its_pages()
    {
        var (owner, _) = await CaseJourney.ApplicantAsync(app, "owner@example.test");
        var (id, _) = await CaseJourney.SubmittedCorrectionAsync(owner);
        var draft = await CaseJourney.AnsweredCorrectionAsync(owner);
        var (stranger, _) = await CaseJourney.ApplicantAsync(app, "stranger@example.test");

        foreach (var path in new[] { $"/cases/{id}", $"/cases/{id}/receipt", $"/cases/{id}/withdraw", $"/cases/{id}/appeal", $"/cases/{draft}/check", $"/cases/{draft}/questions/detail", $"/cases/{draft}/documents/evidence", $"/cases/{draft}/discard" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        }

        // A real token of the stranger's own session: only the case's owner matters, not the form.
        var ownDraft = await CaseJourney.AnsweredCorrectionAsync(stranger);
        var token = (await stranger.GetPageAsync($"/cases/{ownDraft}/discard")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await stranger.PostAsync($"/cases/{id}/withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Received, waiting for an officer", (await owner.GetPageAsync($"/cases/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_status_answers_the_same_for_a_wrong_number_and_a_wrong_birth_date()
    {
        var (client, _) = await CaseJourney.ApplicantAsync(app, "status@example.test");
        var (_, receipt) = await CaseJourney.SubmittedCorrectionAsync(client);
        var anyone = app.CreateBrowserClient();

        async Task<string> AskAsync(string number, string day)
        {
            var response = await anyone.PostFormAsync("/cases/status", new Dictionary<string, string>
            {
                ["Receipt"] = number, ["BirthDate.Day"] = day, ["BirthDate.Month"] = "3", ["BirthDate.Year"] = "1990",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.ParseAsync()).QuerySelector("main [role=status]")!.TextContent.Trim();
        }

        var right = await AskAsync(receipt.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), "27");
        Assert.Contains("Received, waiting for an officer", right, StringComparison.Ordinal);
        Assert.DoesNotContain("María", right, StringComparison.Ordinal);
        var wrongDate = await AskAsync(receipt, "28");
        var otherNumber = receipt[..^1] + (receipt[^1] == 'A' ? 'B' : 'A');
        var wrongNumber = await AskAsync(otherNumber, "27");
        Assert.Contains("We could not find a case", wrongDate, StringComparison.Ordinal);
        Assert.Equal(wrongDate, wrongNumber);
    }

    /// <summary>The page's last form but the header's sign-out: the one a person continues with.</summary>
    private static string OnwardAction(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.Forms.Last(f => !f.Action.EndsWith("/account/sign-out", StringComparison.Ordinal)).GetAttribute("action")!;
}
