using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Cases;

public sealed class SupervisionPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("officer@border.test", "/staff/watch-list", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/watch-list/add", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/figures", HttpStatusCode.NotFound)]
    [InlineData("applicant@border.test", "/staff/figures", HttpStatusCode.NotFound)]
    public async Task The_watch_list_and_the_figures_are_for_supervisors(string email, string path, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_in_Spanish_adds_a_name_after_a_wrong_date_finds_it_removes_it_and_reads_the_figures()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        await supervisor.GetAsync("/language/es?returnUrl=/");

        var wrong = await supervisor.PostFormAsync("/staff/watch-list/add", new Dictionary<string, string>
        {
            ["FullName"] = "Eustaquio Ñañez Tlatelolco", ["BirthDate"] = "27/03/1990", ["Reason"] = "Orden judicial",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var form = await wrong.ParseAsync();
        Assert.Contains("Escriba la fecha de nacimiento como AAAA-MM-DD", form.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Eustaquio Ñañez Tlatelolco", form.QuerySelector("input[name=FullName]")!.GetAttribute("value"));

        await supervisor.AnswerAsync("/staff/watch-list/add", new()
        {
            ["FullName"] = "Eustaquio Ñañez Tlatelolco", ["BirthDate"] = "1990-03-27", ["Reason"] = "Orden judicial",
        }, "/staff/watch-list?done=added");

        var found = await supervisor.GetPageAsync("/staff/watch-list?q=nanez+tlatelolco");
        Assert.Equal("Lista de vigilancia", found.QuerySelector("h1")!.TextContent);
        var row = Assert.Single(found.QuerySelectorAll("tbody tr"));
        Assert.Contains("Eustaquio Ñañez Tlatelolco", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 nombre", found.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        Assert.NotNull(row.QuerySelector("form button"));
        var removed = await supervisor.PostFormAsync("/staff/watch-list?q=nanez+tlatelolco", new Dictionary<string, string>());
        Assert.Equal("/staff/watch-list?done=removed", removed.Headers.Location!.OriginalString);
        Assert.Empty((await supervisor.GetPageAsync("/staff/watch-list?q=nanez+tlatelolco")).QuerySelectorAll("tbody tr"));

        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "figures@example.test");
        await CaseJourney.SubmittedCorrectionAsync(applicant);
        var figures = await supervisor.GetPageAsync("/staff/figures");
        Assert.Equal("Cifras de casos", figures.QuerySelector("h1")!.TextContent);
        var rows = figures.QuerySelectorAll("#by-port tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList());
        // The first column is "Sent": the case just sent, with no port yet, counts there and in every port.
        Assert.True(int.Parse(rows["Cualquier puerto"][0], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(rows["Todos los puertos"][0], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("CAS-", figures.QuerySelector("#every-port")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_download_a_cases_file_with_safe_headers_another_cases_file_is_not_found_and_an_appeal_carries_a_document()
    {
        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "files@example.test");
        var (id, _) = await CaseJourney.SubmittedCorrectionAsync(applicant);
        var (otherApplicant, _) = await CaseJourney.ApplicantAsync(app, "files-other@example.test");
        var (otherId, _) = await CaseJourney.SubmittedCorrectionAsync(otherApplicant);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");

        var page = await supervisor.GetPageAsync($"/staff/cases/{id}");
        var link = Assert.Single(page.QuerySelectorAll($"main a[href^='/staff/cases/{id}/files/']")).GetAttribute("href")!;
        Assert.NotNull(page.QuerySelector("main a[href^='/staff/applicants/']"));
        var file = await supervisor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", string.Join(",", file.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("no-store", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TestImages.Png.Take(8), (await file.Content.ReadAsByteArrayAsync()).Take(8));
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(link.Replace(id.ToString(), otherId.ToString(), StringComparison.Ordinal))).StatusCode);

        await supervisor.AnswerAsync($"/staff/cases/{id}", [], $"/staff/cases/{id}?done=claimed");
        await supervisor.AnswerAsync($"/staff/cases/{id}", new() { ["Outcome"] = "Denied", ["Reasons"] = "evidence-insufficient" }, $"/staff/cases/{id}?done=decided");

        var appealPage = await applicant.GetPageAsync($"/cases/{id}/appeal");
        var body = new MultipartFormDataContent
        {
            { new StringContent(appealPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Here is the certificate."), "Statement" },
        };
        var pdf = new ByteArrayContent(TestImages.Pdf);
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        body.Add(pdf, "File", "certificate.pdf");
        var appealed = await applicant.PostAsync($"/cases/{id}/appeal", body);
        Assert.Equal($"/cases/{id}?done=appealed", appealed.Headers.Location!.OriginalString);

        var appealLink = (await supervisor.GetPageAsync($"/staff/cases/{id}")).QuerySelectorAll("main a")
            .Single(a => a.TextContent == "Open the document sent with the appeal").GetAttribute("href")!;
        var document = await supervisor.GetAsync(appealLink);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestImages.Pdf, await document.Content.ReadAsByteArrayAsync());
    }
}
