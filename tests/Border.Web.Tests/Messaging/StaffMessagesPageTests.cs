using System.Net;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Messaging.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Messaging;

public sealed class StaffMessagesPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_officer_inserts_a_supervisors_saved_reply_without_script_and_the_applicant_sees_the_name_they_chose()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        var added = await supervisor.PostFormAsync("/staff/messages/replies", new Dictionary<string, string>
        {
            ["Input.Title"] = "Opening hours",
            ["Input.English"] = "We open at 8.",
            ["Input.Spanish"] = "Abrimos a las 8.",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/messages/replies")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/staff/messages/name", new Dictionary<string, string> { ["Input.Name"] = "Marta" })).StatusCode);

        var applicant = app.CreateBrowserClient();
        await applicant.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "hours-m@example.test",
            ["Input.Password"] = "a long river of words",
            ["Input.AcceptedTerms"] = "true",
        });
        await applicant.SignInAsync("hours-m@example.test", "a long river of words");
        var link = (await applicant.PostFormAsync("/messages/new", new Dictionary<string, string>
        {
            ["Input.Topic"] = "General",
            ["Input.Subject"] = "Hours",
            ["Input.Body"] = "When do you open?",
        })).Headers.Location!.OriginalString;
        var staffPath = "/staff" + link;

        var page = await officer.GetPageAsync(staffPath);
        var option = page.QuerySelectorAll("select[name='Input.SavedReplyId'] option").Single(o => o.TextContent == "Opening hours");
        var form = page.QuerySelector("form[enctype]")!;
        var used = await officer.PostAsync(staffPath + "?handler=UseReply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["Input.Key"] = form.QuerySelector("input[name='Input.Key']")!.GetAttribute("value")!,
            ["Input.Body"] = "Hello,",
            ["Input.SavedReplyId"] = option.GetAttribute("value")!,
        }));
        var filled = await used.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal("Hello,\n\nWe open at 8.", filled.QuerySelector("textarea[name='Input.Body']")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Null(filled.QuerySelector(".error-summary"));

        var answered = await officer.PostFormAsync(staffPath, new Dictionary<string, string> { ["Input.Body"] = "Hello, we open at 8." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var seen = await applicant.GetPageAsync(link);
        Assert.Contains("Officer Marta", seen.QuerySelectorAll("#messages li p.hint strong").Select(s => s.TextContent));
        Assert.DoesNotContain("officer@border.test", seen.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_files_the_applicants_photo_into_the_case_that_asks_for_it_once_without_script()
    {
        var applicant = await TestApplicants.ReadyAsync(app.Services);
        var caseId = await SendAsync(new StartCase(applicant, CaseKind.AdvanceInformation));
        Assert.True(await SendAsync(new SaveCaseAnswers(applicant, caseId, new Dictionary<string, string?>
        {
            ["purpose"] = "protection",
            ["coming-from"] = "Tijuana, Baja California",
            ["special-need"] = "no",
            ["earlier-history"] = "no",
        })));
        var receipt = (await SendAsync(new SubmitCase(applicant, caseId)))!.Receipt;
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var asker = Guid.CreateVersion7();
        Assert.True(await SendAsync(new ClaimCase(asker, caseId)));
        Assert.True(await SendAsync(new RequestDocuments(asker, caseId, (await SendAsync(new ViewCase(asker, caseId)))!.Version, "Proof of address")));
        var sent = await SendAsync(new StartConversation(
            applicant, Guid.NewGuid(), ConversationTopic.General, null, "My proof of address", "Here it is.", [new MessageFile(new MemoryStream(TestImages.Png), TestImages.Png.Length)]));
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        var path = $"/staff/messages/{sent.ConversationId}";

        var page = await officer.GetPageAsync(path);
        var form = page.QuerySelector("#messages form")!;
        Assert.Equal($"Case {receipt}: Proof of address", form.QuerySelector("select[name='caseId'] option")!.TextContent);
        Assert.NotNull(page.QuerySelector($"label[for='{form.QuerySelector("select")!.Id}']"));
        var post = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["caseId"] = caseId.ToString(),
        };
        var filed = await officer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(post));
        var again = await officer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(post));

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal("The file is filed in the case as the requested document.", (await officer.GetPageAsync(filed.Headers.Location!.OriginalString)).QuerySelector("main .notice")!.TextContent);
        Assert.Equal("This file is already filed in a case.", (await officer.GetPageAsync(again.Headers.Location!.OriginalString)).QuerySelector("main .notice")!.TextContent);
        Assert.Equal(CaseState.Submitted, (await SendAsync(new GetMyCase(applicant, caseId)))!.State);
        // The case asks for nothing now, so the page offers no filing.
        Assert.Null((await officer.GetPageAsync(path)).QuerySelector("#messages form"));
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
