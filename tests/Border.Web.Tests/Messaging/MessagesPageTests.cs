using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Messaging;

public sealed class MessagesPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_question_sent_twice_with_one_form_makes_one_conversation_shown_as_text_with_safe_links()
    {
        var client = await RegisteredApplicantAsync("asker@example.test");
        var form = await client.GetPageAsync("/messages/new");
        var key = form.QuerySelector("input[name='Input.Key']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.Key"] = key,
            ["Input.Topic"] = "General",
            ["Input.Subject"] = "My group",
            ["Input.Body"] = "<b>bold</b>\nSee https://example.org/help.",
        };

        var first = await client.PostAsync("/messages/new", new FormUrlEncodedContent(WithToken(form, fields)));
        var second = await client.PostAsync("/messages/new", new FormUrlEncodedContent(WithToken(form, fields)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var page = await client.GetPageAsync(first.Headers.Location!.OriginalString);
        var message = page.QuerySelector("#messages li p:not(.hint)")!;
        Assert.Equal("<b>bold</b>See https://example.org/help.", message.TextContent);
        Assert.Null(message.QuerySelector("b"));
        Assert.NotNull(message.QuerySelector("br"));
        Assert.Equal("nofollow noopener ugc", message.QuerySelector("a")!.GetAttribute("rel"));
        Assert.Equal("https://example.org/help", message.QuerySelector("a")!.GetAttribute("href"));
        Assert.Single((await client.GetPageAsync("/messages")).QuerySelectorAll(".inbox li"));
    }

    [Fact]
    public async Task Another_applicants_conversation_is_not_found_and_an_empty_message_is_refused_by_its_field()
    {
        var owner = await RegisteredApplicantAsync("owner-m@example.test");
        var sent = await owner.PostFormAsync("/messages/new", new Dictionary<string, string>
        {
            ["Input.Topic"] = "General",
            ["Input.Subject"] = "Private",
            ["Input.Body"] = "Only mine",
        });
        var link = sent.Headers.Location!.OriginalString;
        var stranger = await RegisteredApplicantAsync("stranger-m@example.test");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        var empty = await owner.PostFormAsync(link, new Dictionary<string, string> { ["Input.Body"] = "" });
        var refused = await empty.ParseAsync();
        Assert.Equal("Write your message.", refused.QuerySelector(".error-summary li")!.TextContent);
        Assert.Equal("Messages", (await owner.GetPageAsync("/messages")).QuerySelector("a.badge[href='/messages']")!.TextContent.Split(' ')[0]);
    }

    [Fact]
    public async Task A_refused_second_file_is_named_and_what_was_typed_stays_then_three_files_make_one_message()
    {
        var client = await RegisteredApplicantAsync("files-m@example.test");
        var form = await client.GetPageAsync("/messages/new");
        Assert.Equal(3, form.QuerySelectorAll("input[type='file']").Length);
        MultipartFormDataContent Post(params (string Field, byte[] Content, string Name)[] files)
        {
            var body = new MultipartFormDataContent();
            foreach (var (name, value) in WithToken(form, new Dictionary<string, string>
            {
                ["Input.Key"] = form.QuerySelector("input[name='Input.Key']")!.GetAttribute("value")!,
                ["Input.Topic"] = "General",
                ["Input.Subject"] = "My documents",
                ["Input.Body"] = "Here are my papers",
            }))
            {
                body.Add(new StringContent(value), name);
            }

            foreach (var (field, content, name) in files)
            {
                body.Add(new ByteArrayContent(content), field, name);
            }

            return body;
        }

        var refused = await (await client.PostAsync("/messages/new", Post(
            ("Input.File1", Border.Testing.TestImages.Png, "passport.png"), ("Input.File2", "just text"u8.ToArray(), "notes.txt")))).ParseAsync();

        Assert.Equal("notes.txt: The file must be a JPEG or PNG photo, or a PDF.", refused.QuerySelector(".error-summary li")!.TextContent);
        Assert.Equal("#Input_File2", refused.QuerySelector(".error-summary li a")!.GetAttribute("href"));
        Assert.Equal("Here are my papers", refused.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal("My documents", refused.QuerySelector("input[name='Input.Subject']")!.GetAttribute("value"));

        var sent = await client.PostAsync("/messages/new", Post(
            ("Input.File1", Border.Testing.TestImages.Png, "a.png"), ("Input.File2", Border.Testing.TestImages.Pdf, "b.pdf"), ("Input.File3", Border.Testing.TestImages.Png, "c.png")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var conversation = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        var links = conversation.QuerySelectorAll("#messages a[href*='/attachments/']");
        Assert.Equal(3, links.Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(links[0].GetAttribute("href"))).StatusCode);
        var stranger = await RegisteredApplicantAsync("files-stranger@example.test");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(links[1].GetAttribute("href"))).StatusCode);
    }

    private static Dictionary<string, string> WithToken(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = page.QuerySelector("form[enctype] input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        };
        return values;
    }

    private async Task<HttpClient> RegisteredApplicantAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long river of words",
            ["Input.AcceptedTerms"] = "true",
        });
        await client.SignInAsync(email, "a long river of words");
        return client;
    }
}
