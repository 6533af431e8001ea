using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Cases;

/// <summary>An applicant sending a correction case through the pages, as a browser without script does.</summary>
internal static class CaseJourney
{
    /// <summary>Registers, completes the profile (born 27 March 1990) and returns the signed-in client and the id.</summary>
    public static async Task<(HttpClient Client, Guid Id)> ApplicantAsync(BorderWebApp app, string email, string culture = "en")
    {
        var client = await Applicants.RegisterAsync(app, email, culture);
        var id = await TestAccounts.IdOfAsync(app.Services, email);
        await TestApplicants.CompleteProfileAsync(app.Services, id);
        return (client, id);
    }

    /// <summary>Starts a correction and answers every question; returns the draft's id, standing on its evidence page.</summary>
    public static async Task<Guid> AnsweredCorrectionAsync(HttpClient client)
    {
        var started = await client.PostFormAsync("/cases/new/record-correction", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var first = started.Headers.Location!.OriginalString;
        var id = Guid.Parse(first.Split('/')[2]);
        Assert.Equal($"/cases/{id}/questions/detail", first);
        await client.AnswerAsync(first, new() { ["Answer"] = "name" }, $"/cases/{id}/questions/person");
        await client.AnswerAsync($"/cases/{id}/questions/person", new() { ["Answer"] = "María José Pérez López" }, $"/cases/{id}/questions/correct-value");
        await client.AnswerAsync($"/cases/{id}/questions/correct-value", new() { ["Answer"] = "María José Pérez Lopes" }, $"/cases/{id}/questions/explanation");
        await client.AnswerAsync($"/cases/{id}/questions/explanation", new() { ["Answer"] = "" }, $"/cases/{id}/documents/evidence");
        return id;
    }

    /// <summary>A whole correction sent: answers, the evidence, check your answers; returns the id and the receipt number.</summary>
    public static async Task<(Guid Id, string Receipt)> SubmittedCorrectionAsync(HttpClient client)
    {
        var id = await AnsweredCorrectionAsync(client);
        var uploaded = await client.PostFileAsync($"/cases/{id}/documents/evidence", "File", TestImages.Png, "proof.png");
        Assert.Equal($"/cases/{id}/documents/evidence?added=true", uploaded.Headers.Location!.OriginalString);
        await client.AnswerAsync($"/cases/{id}/documents/evidence?added=true", [], $"/cases/{id}/check");
        await client.AnswerAsync($"/cases/{id}/check", [], $"/cases/{id}/receipt");
        var receipt = (await client.GetPageAsync($"/cases/{id}/receipt")).QuerySelector("main .key")!.TextContent.Trim();
        return (id, receipt);
    }
}
