using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Accounts;

public sealed class PrivacyTests(MailingWebApp app) : IClassFixture<MailingWebApp>
{
    private const string Password = "a long river of words";

    [Fact]
    public async Task Downloading_gives_one_zip_with_the_account_the_profile_the_inbox_and_the_photos()
    {
        var client = await RegisterAsync("export@example.test", "es");
        await app.DeliverMailAsync();
        await client.PostFormAsync("/profile/name", new Dictionary<string, string> { ["Input.FullName"] = "Rosa Export" });
        await client.PostFileAsync("/profile/selfie", "Photo", TestImages.Png, "me.png");
        await AskWithFileAsync(await TestAccounts.IdOfAsync(app.Services, "export@example.test"));

        var response = await client.GetAsync("/account/privacy?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("border-my-data.zip", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.True(response.Headers.CacheControl!.NoStore);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var photo = Assert.Single(zip.Entries, e => e.FullName.StartsWith("files/selfie-", StringComparison.Ordinal));
        using (var photoBytes = new MemoryStream())
        {
            await (await photo.OpenAsync()).CopyToAsync(photoBytes);
            TestImages.AssertSamePicture(TestImages.Png, photoBytes.ToArray());
        }

        using var json = await JsonDocument.ParseAsync(await zip.GetEntry("my-data.json")!.OpenAsync());
        var account = json.RootElement.GetProperty("account");
        Assert.Equal("Rosa Export", account.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal("export@example.test", account.GetProperty("email").GetString());
        Assert.Equal("es", account.GetProperty("preferredLanguage").GetString());
        var notifications = json.RootElement.GetProperty("notifications");
        Assert.Equal("Le damos la bienvenida a Border", Assert.Single(notifications.GetProperty("inbox").EnumerateArray()).GetProperty("title").GetString());
        var email = Assert.Single(notifications.GetProperty("emails").EnumerateArray());
        Assert.Equal(("confirm-email", "Sent"), (email.GetProperty("kind").GetString(), email.GetProperty("status").GetString()));
        // Every module answers the export; this account has asked for no appointment.
        var scheduling = json.RootElement.GetProperty("scheduling");
        Assert.Equal((0, 0), (scheduling.GetProperty("requests").GetArrayLength(), scheduling.GetProperty("appointments").GetArrayLength()));
        var conversation = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray());
        Assert.Equal("My permit", conversation.GetProperty("subject").GetString());
        var message = Assert.Single(conversation.GetProperty("messages").EnumerateArray());
        Assert.Equal("Attached.", message.GetProperty("body").GetString());
        var fileName = Assert.Single(message.GetProperty("files").EnumerateArray()).GetString();
        var attached = zip.GetEntry($"messages/{fileName}")!;
        using var attachedBytes = new MemoryStream();
        await (await attached.OpenAsync()).CopyToAsync(attachedBytes);
        Assert.Equal(TestImages.Pdf, attachedBytes.ToArray());
    }

    private async Task AskWithFileAsync(Guid applicant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new Border.Messaging.Contracts.StartConversation(
            applicant, Guid.NewGuid(), Border.Messaging.Contracts.ConversationTopic.General, null, "My permit", "Attached.",
            [new Border.Messaging.Contracts.MessageFile(new MemoryStream(TestImages.Pdf), TestImages.Pdf.Length)]));
    }

    [Fact]
    public async Task Closing_needs_the_password_and_the_tick_and_nothing_changes_without_them()
    {
        var client = await RegisterAsync("careful@example.test", "en");

        var noTick = await client.PostFormAsync("/account/privacy", new Dictionary<string, string> { ["Input.Password"] = Password });
        var wrongPassword = await client.PostFormAsync("/account/privacy", new Dictionary<string, string>
        {
            ["Input.Password"] = "not the password at all",
            ["Input.Understood"] = "true",
        });

        Assert.Equal("#Input_Understood", (await noTick.ParseAsync()).QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Your password is not right.", (await wrongPassword.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notifications")).StatusCode);
    }

    [Fact]
    public async Task A_closed_account_is_erased_signed_out_gets_no_email_and_frees_its_address()
    {
        var client = await RegisterAsync("leaving@example.test", "en");

        var closed = await client.PostFormAsync("/account/privacy", new Dictionary<string, string>
        {
            ["Input.Password"] = Password,
            ["Input.Understood"] = "true",
        });
        await app.DeliverMailAsync();

        Assert.Equal("/?closed=true", closed.Headers.Location!.OriginalString);
        Assert.NotNull((await client.GetPageAsync("/?closed=true")).QuerySelector("main [role=status]"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInAsync("leaving@example.test", Password)).StatusCode);
        // The confirmation link was still waiting to be sent when the account closed: it never goes out.
        Assert.DoesNotContain(app.Smtp.Messages, m => m.RcptTo.Contains("leaving@example.test"));

        var again = await RegisterAsync("leaving@example.test", "en");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/notifications")).StatusCode);
    }

    private async Task<HttpClient> RegisterAsync(string email, string culture)
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.Culture"] = culture,
            ["Input.AcceptedTerms"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, Password)).StatusCode);
        return client;
    }
}
