using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Profile;

public sealed class ProfileJourneyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_applicant_fills_every_page_in_turn_and_checks_the_answers_in_Spanish()
    {
        var client = await Applicants.RegisterAsync(app, "lucia@example.test", "es");
        var id = await TestAccounts.IdOfAsync(app.Services, "lucia@example.test");

        var home = await client.GetPageAsync("/");
        Assert.Contains("0 de 8 pasos hechos.", home.QuerySelector(".progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/profile/name", home.QuerySelector(".progress a.button")!.GetAttribute("href"));

        await client.AnswerAsync("/profile/name", new() { ["Input.FullName"] = "Lucía Hernández Ramos", ["Input.OtherNames"] = "" }, "/profile/birth");
        await client.AnswerAsync("/profile/birth", new()
        {
            ["Input.DateOfBirth.Day"] = "7", ["Input.DateOfBirth.Month"] = "11", ["Input.DateOfBirth.Year"] = "1991", ["Input.Sex"] = "female",
        }, "/profile/nationality");
        await client.AnswerAsync("/profile/nationality", new() { ["Input.CountryOfBirth"] = "HN", ["Input.Nationality"] = "HN" }, "/profile/contact");
        await client.AnswerAsync("/profile/contact", new() { ["Input.Phone"] = "" }, "/profile/location");
        await client.AnswerAsync("/profile/location", new() { ["Input.City"] = "Monterrey", ["Input.State"] = "NLE" }, "/profile/destination");
        await client.AnswerAsync("/profile/destination", new()
        {
            ["Input.Street"] = "1200 Elm Street", ["Input.Unit"] = "Apt 4", ["Input.City"] = "Houston", ["Input.State"] = "TX", ["Input.Zip"] = "77002",
        }, $"/profile/documents/{id}");
        await client.AnswerAsync($"/profile/documents/{id}", new()
        {
            ["Input.Type"] = "passport", ["Input.Number"] = "g1234567", ["Input.IssuingCountry"] = "HN",
            ["Input.ExpiresOn.Day"] = "3", ["Input.ExpiresOn.Month"] = "5", ["Input.ExpiresOn.Year"] = "2031",
        }, $"/profile/documents/{id}/photo");

        var photo = await client.PostFileAsync($"/profile/documents/{id}/photo", "Photo", TestImages.Png, "pasaporte.png");
        Assert.Equal("/profile/selfie", photo.Headers.Location!.OriginalString);
        var selfie = await client.PostFileAsync("/profile/selfie", "Photo", TestImages.Png, "cara.png");
        Assert.Equal("/profile/group", selfie.Headers.Location!.OriginalString);

        var answers = await client.GetPageAsync("/profile");
        var text = answers.QuerySelector("main")!.TextContent;
        Assert.Contains("Su perfil está completo.", text, StringComparison.Ordinal);
        Assert.Contains("Lucía Hernández Ramos", text, StringComparison.Ordinal);
        Assert.Contains("7 de noviembre de 1991", text, StringComparison.Ordinal);
        Assert.Contains("Pasaporte G1234567, Honduras, vigente hasta el 3 de mayo de 2031", text, StringComparison.Ordinal);
        Assert.Contains("1200 Elm Street, Apt 4, Houston, Texas, 77002", text, StringComparison.Ordinal);
        Assert.Contains("Monterrey, Nuevo León", text, StringComparison.Ordinal);
        Assert.Contains("Usted viaja solo.", text, StringComparison.Ordinal);
        Assert.Equal("/profile/name?change=true", answers.QuerySelector("dl.answers a")!.GetAttribute("href"));

        // Changing one answer from check your answers comes straight back to it.
        await client.AnswerAsync("/profile/contact?change=true", new() { ["Input.Phone"] = "+52 81 1234 5678" }, "/profile");
        Assert.Contains("+52 81 1234 5678", (await client.GetPageAsync("/profile")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Su perfil está completo", (await client.GetPageAsync("/")).QuerySelector(".progress")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_of_three_each_with_a_document_photo_completes_the_profile()
    {
        var client = await Applicants.RegisterAsync(app, "jose@example.test", "en");
        var id = await TestAccounts.IdOfAsync(app.Services, "jose@example.test");

        foreach (var (name, year, relationship) in new[] { ("Ana Pérez", "2016", "child"), ("Marta Pérez", "1988", "spouse") })
        {
            var added = await client.PostFormAsync("/profile/group/add", new Dictionary<string, string>
            {
                ["Input.FullName"] = name, ["Input.DateOfBirth.Day"] = "1", ["Input.DateOfBirth.Month"] = "2",
                ["Input.DateOfBirth.Year"] = year, ["Input.Nationality"] = "GT", ["Input.Relationship"] = relationship,
            });
            var documentPath = added.Headers.Location!.OriginalString;
            Assert.StartsWith("/profile/documents/", documentPath, StringComparison.Ordinal);
            await client.AnswerAsync(documentPath, new()
            {
                ["Input.Type"] = "birth-certificate", ["Input.Number"] = "AC-5521", ["Input.IssuingCountry"] = "GT",
            }, documentPath + "/photo");
            var photo = await client.PostFileAsync(documentPath + "/photo", "Photo", TestImages.Pdf, "acta.pdf");
            Assert.Equal("/profile/group", photo.Headers.Location!.OriginalString);
        }

        var group = await client.GetPageAsync("/profile/group");
        Assert.Equal(3, group.QuerySelectorAll("ul.group > li").Length);
        Assert.Contains("3 of at most 8 people.", group.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Birth certificate AC-5521, Guatemala", group.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var profile = await client.GetPageAsync("/profile");
        Assert.Contains("3 people travel together, you included.", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/profile/name", profile.QuerySelector(".notice a.button")!.GetAttribute("href"));
        Assert.Contains("4 of 12 steps done.", profile.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        // Removing asks first, then deletes the person with their document.
        var removeLink = group.QuerySelectorAll("a").First(a => a.GetAttribute("href")!.EndsWith("/remove", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Contains("Remove Ana Pérez from your group?", (await client.GetPageAsync(removeLink)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/profile/group", (await client.PostFormAsync(removeLink, new Dictionary<string, string>())).Headers.Location!.OriginalString);
        Assert.Equal(2, (await client.GetPageAsync("/profile/group")).QuerySelectorAll("ul.group > li").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(removeLink)).StatusCode);
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task Choosing_Spanish_in_the_profile_turns_the_pages_Spanish_at_once()
    {
        var client = await Applicants.RegisterAsync(app, "lang@example.test", "en");

        await client.AnswerAsync("/profile/language", new() { ["Input.Culture"] = "es" }, "/profile");

        Assert.Equal("Su perfil", (await client.GetPageAsync("/profile")).QuerySelector("h1")!.TextContent);
    }
}
