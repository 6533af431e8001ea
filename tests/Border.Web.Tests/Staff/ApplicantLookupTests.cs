using System.Net;
using Border.Accounts.Contracts.Profile;
using Border.Testing;
using Border.Web.Tests.Support;
using Npgsql;

namespace Border.Web.Tests.Staff;

public sealed class ApplicantLookupTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_officer_finds_an_applicant_and_reads_the_profile_and_photos_and_every_look_is_audited()
    {
        var applicant = await Applicants.RegisterAsync(app, "found@example.test", "es");
        var applicantId = await TestAccounts.IdOfAsync(app.Services, "found@example.test");
        await applicant.AnswerAsync("/profile/name", new() { ["Input.FullName"] = "Carmen Buscada" }, "/profile/birth");
        await applicant.AnswerAsync($"/profile/documents/{applicantId}", new()
        {
            ["Input.Type"] = "passport", ["Input.Number"] = "N7654321", ["Input.IssuingCountry"] = "NI",
            ["Input.ExpiresOn.Day"] = "1", ["Input.ExpiresOn.Month"] = "6", ["Input.ExpiresOn.Year"] = "2032",
        }, $"/profile/documents/{applicantId}/photo");
        await applicant.PostFileAsync($"/profile/documents/{applicantId}/photo", "Photo", TestImages.Png, "p.png");
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        var officerId = await TestAccounts.IdOfAsync(app.Services, "officer@border.test");

        var byDocument = await officer.GetPageAsync("/staff/applicants?q=n7654321");
        var byName = await officer.GetPageAsync("/staff/applicants?q=carmen");
        var link = Assert.Single(byDocument.QuerySelectorAll("td a")).GetAttribute("href");
        Assert.Equal($"/staff/applicants/{applicantId}", link);
        Assert.Equal(link, Assert.Single(byName.QuerySelectorAll("td a")).GetAttribute("href"));
        Assert.Empty((await officer.GetPageAsync("/staff/applicants?q=officer@border.test")).QuerySelectorAll("td a"));

        var profile = await officer.GetPageAsync(link!);
        var text = profile.QuerySelector("main")!.TextContent;
        Assert.Contains("Carmen Buscada", text, StringComparison.Ordinal);
        Assert.Contains("Passport N7654321, Nicaragua", text, StringComparison.Ordinal);
        Assert.Null(profile.QuerySelector("main form"));
        var fileLink = profile.QuerySelector("td a[href*='/files/']")!.GetAttribute("href")!;
        var opened = await officer.GetAsync(fileLink);
        Assert.True(opened.Headers.CacheControl!.NoStore);
        TestImages.AssertSamePicture(TestImages.Png, await opened.Content.ReadAsByteArrayAsync());

        var audit = await AuditOfAsync(officerId);
        Assert.Equal(
            [AuditActions.ApplicantSearched, AuditActions.ApplicantSearched, AuditActions.ApplicantSearched, AuditActions.ApplicantViewed, AuditActions.ApplicantFileViewed],
            audit.Select(a => a.Action));
        Assert.All(audit.Skip(3), a => Assert.Equal(applicantId, a.Subject));
        Assert.Contains("n7654321", audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicants_cannot_look_anyone_up_and_unknown_ids_are_not_found()
    {
        var applicant = await Applicants.RegisterAsync(app, "curious@example.test", "en");
        var applicantId = await TestAccounts.IdOfAsync(app.Services, "curious@example.test");
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("/staff/applicants?q=curious")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/staff/applicants/{applicantId}")).StatusCode);

        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/applicants/{Guid.NewGuid()}")).StatusCode);
        var officerId = await TestAccounts.IdOfAsync(app.Services, "officer@border.test");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/applicants/{officerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/applicants/{applicantId}/files/{Guid.NewGuid()}")).StatusCode);
    }

    private async Task<List<(string Action, Guid? Subject, string? After)>> AuditOfAsync(Guid actorId)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action, subject_id, after::text FROM accounts.audit_entries WHERE actor_id = $1 ORDER BY occurred_at, id", connection);
        command.Parameters.AddWithValue(actorId);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<(string, Guid?, string?)>();
        while (await reader.ReadAsync())
        {
            entries.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return entries;
    }
}
