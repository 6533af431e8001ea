using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Profile;

public sealed class ProfileAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Applicant_B_reaches_none_of_applicant_As_documents_photos_or_group()
    {
        var a = await Applicants.RegisterAsync(app, "owner.a@example.test", "en");
        var aId = await TestAccounts.IdOfAsync(app.Services, "owner.a@example.test");
        await a.AnswerAsync($"/profile/documents/{aId}", new()
        {
            ["Input.Type"] = "passport", ["Input.Number"] = "A1111111", ["Input.IssuingCountry"] = "CU",
            ["Input.ExpiresOn.Day"] = "1", ["Input.ExpiresOn.Month"] = "1", ["Input.ExpiresOn.Year"] = "2035",
        }, $"/profile/documents/{aId}/photo");
        await a.PostFileAsync($"/profile/documents/{aId}/photo", "Photo", TestImages.Png, "a.png");
        var added = await a.PostFormAsync("/profile/group/add", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Hijo de A", ["Input.DateOfBirth.Day"] = "1", ["Input.DateOfBirth.Month"] = "1",
            ["Input.DateOfBirth.Year"] = "2012", ["Input.Nationality"] = "CU", ["Input.Relationship"] = "child",
        });
        var memberId = added.Headers.Location!.OriginalString.Split('/').Last();
        var fileLink = (await a.GetPageAsync($"/profile/documents/{aId}/photo")).QuerySelector(".stored a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(fileLink)).StatusCode);

        var b = await Applicants.RegisterAsync(app, "stranger.b@example.test", "en");
        string[] pages =
        [
            $"/profile/documents/{aId}", $"/profile/documents/{aId}/photo", $"/profile/documents/{memberId}",
            $"/profile/documents/{memberId}/photo", $"/profile/group/{memberId}", $"/profile/group/{memberId}/remove", fileLink,
            fileLink + "?size=small",
        ];
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(page)).StatusCode);
        }

        var token = (await b.GetPageAsync("/profile/name")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var page in new[] { $"/profile/group/{memberId}/remove", $"/profile/group/{memberId}", $"/profile/documents/{memberId}" })
        {
            var post = await b.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.FullName"] = "Taken", ["Input.DateOfBirth.Day"] = "1",
                ["Input.DateOfBirth.Month"] = "1", ["Input.DateOfBirth.Year"] = "2000", ["Input.Nationality"] = "MX",
                ["Input.Relationship"] = "child", ["Input.Type"] = "passport", ["Input.Number"] = "B2222222",
                ["Input.IssuingCountry"] = "MX", ["Input.ExpiresOn.Day"] = "1", ["Input.ExpiresOn.Month"] = "1", ["Input.ExpiresOn.Year"] = "2035",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        var upload = await b.PostFileAsync("/profile/selfie", "Photo", TestImages.Png, "b.png");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync($"/profile/documents/{memberId}/photo", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(TestImages.Png), "Photo", "b.png" },
        })).StatusCode);

        var group = (await a.GetPageAsync("/profile/group")).QuerySelector("main")!.TextContent;
        Assert.Contains("Hijo de A", group, StringComparison.Ordinal);
        Assert.DoesNotContain("Taken", group, StringComparison.Ordinal);
        Assert.DoesNotContain("A1111111", (await b.GetPageAsync("/profile")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_pages_are_for_applicants_visitors_sign_in_and_staff_find_nothing()
    {
        var visitor = app.CreateBrowserClient();
        var redirected = await visitor.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/sign-in", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/profile/group")).StatusCode);
    }

    [Fact]
    public async Task A_photo_is_served_to_its_owner_as_an_attachment_that_is_never_cached()
    {
        var client = await Applicants.RegisterAsync(app, "selfie@example.test", "en");
        await client.PostFileAsync("/profile/selfie", "Photo", TestImages.Png, "me.png");
        var link = (await client.GetPageAsync("/profile/selfie")).QuerySelector(".stored a")!.GetAttribute("href")!;

        var file = await client.GetAsync(link);

        TestImages.AssertSamePicture(TestImages.Png, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
