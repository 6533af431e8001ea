using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Border.Messaging.Contracts;
using Border.Shared.Layout;
using Border.Testing;
using Border.Web.Composition.Layout;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Border.Web.Tests.Messaging;

/// <summary>The officers' side of messaging through the pages, as a browser without script posts them, in both languages.</summary>
public sealed partial class StaffMessagingWorkTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Every_staff_page_header_counts_the_home_port_s_unassigned_conversations_and_the_officer_s_own_and_goes_on_without_them()
    {
        var officer = await SignedInAsync("officer@border.test");
        var officerId = await TestAccounts.IdOfAsync(app.Services, "officer@border.test");
        var (waiting, mine) = Counts(await officer.GetPageAsync("/staff"));

        var atHome = await TestApplicants.ReadyAsync(app.Services, companions: 1);
        await TestAppointments.ConfirmedForTodayAsync(app.Services, atHome);
        await SendAsync(new StartConversation(atHome, Guid.NewGuid(), ConversationTopic.Appointment, null, "Parking", "Where do I park?", null));
        var elsewhere = await SendAsync(new StartConversation(Guid.CreateVersion7(), Guid.NewGuid(), ConversationTopic.General, null, "Hours", "When?", null));
        Assert.True(await SendAsync(new AssignToMe(officerId, elsewhere.ConversationId)));

        Assert.Equal((waiting + 1, mine + 1), Counts(await officer.GetPageAsync("/staff/messages/name")));
        await officer.GetAsync("/language/es?returnUrl=/staff");
        Assert.Equal($"Mensajes ({waiting + 1} en espera, {mine + 1} {(mine + 1 == 1 ? "suya" : "suyas")})", (await officer.GetPageAsync("/staff")).QuerySelector("#staff-messages")!.TextContent);

        // A database that does not answer leaves the counts out instead of failing the page.
        await using var unreachable = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=2");
        var reader = new HeaderCountReader(
            unreachable, app.Services.GetServices<HeaderCount>(), new Border.Shared.Snapshots.PersonSnapshots(), NullLogger<HeaderCountReader>.Instance);
        Assert.Null(await reader.ReadAsync(officerId, HeaderReader.Staff, "san-ysidro", CancellationToken.None));
        Assert.Contains(MessagingHeaderCounts.UnassignedAtHomePort, (await app.Services.GetRequiredService<HeaderCountReader>().ReadAsync(officerId, HeaderReader.Staff, "san-ysidro", CancellationToken.None))!.Keys);
    }

    [Fact]
    public async Task A_supervisor_hands_a_conversation_to_another_officer_and_a_stale_page_overwrites_nobody()
    {
        var officer = await SignedInAsync("officer@border.test");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/staff/messages/name", new Dictionary<string, string> { ["Input.Name"] = "Marta" })).StatusCode);
        var officerId = await TestAccounts.IdOfAsync(app.Services, "officer@border.test");
        var supervisorId = await TestAccounts.IdOfAsync(app.Services, "supervisor@border.test");
        var sent = await SendAsync(new StartConversation(Guid.CreateVersion7(), Guid.NewGuid(), ConversationTopic.General, null, "Lost papers", "I lost my papers.", null));
        Assert.True(await SendAsync(new AssignToMe(officerId, sent.ConversationId)));
        var supervisor = await SignedInAsync("supervisor@border.test");
        var path = $"/staff/messages/{sent.ConversationId}";

        var page = await supervisor.GetPageAsync(path);
        Assert.Equal("Assigned to Officer Marta", page.QuerySelector("#assignee")!.TextContent);
        var form = page.QuerySelector("form#reassign")!;
        Assert.Contains(form.QuerySelectorAll("option"), o => o.TextContent == "Officer Marta" && o.GetAttribute("value") == officerId.ToString());
        Assert.DoesNotContain("officer@border.test", form.TextContent, StringComparison.Ordinal);
        var handed = await PostAsync(supervisor, form, new() { ["Input.ToStaffId"] = supervisorId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        var after = await supervisor.GetPageAsync(handed.Headers.Location!.OriginalString);
        Assert.Equal("The conversation is handed over.", after.QuerySelector("main .notice")!.TextContent);
        Assert.Equal("Assigned to supervisor@border.test", after.QuerySelector("#assignee")!.TextContent);

        // The first page still says the officer has it: handing it "back" from there changes nothing.
        var stale = await PostAsync(supervisor, form, new() { ["Input.ToStaffId"] = officerId.ToString() });
        await supervisor.GetAsync("/language/es?returnUrl=/staff");
        var told = await supervisor.GetPageAsync(stale.Headers.Location!.OriginalString);
        Assert.Equal("Alguien cambió quién tiene esta conversación después de que usted la abrió. Revísela y elija otra vez.", told.QuerySelector("main .notice")!.TextContent);
        Assert.Equal(supervisorId, (await SendAsync(new ViewConversation(supervisorId, sent.ConversationId)))!.AssignedTo);

        var admin = await TestAccounts.IdOfAsync(app.Services, "admin@border.test");
        var refused = await PostAsync(supervisor, told.QuerySelector("form#reassign")!, new() { ["Input.ToStaffId"] = admin.ToString() });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Elija un oficial activo.", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_writes_first_from_the_applicant_s_page_once_and_the_applicant_reads_it_from_the_officer_s_name()
    {
        var applicant = app.CreateBrowserClient();
        var email = $"first-{Guid.NewGuid():N}@example.test";
        await applicant.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long river of words",
            ["Input.AcceptedTerms"] = "true",
        });
        await applicant.SignInAsync(email, "a long river of words");
        var applicantId = await TestAccounts.IdOfAsync(app.Services, email);
        var officer = await SignedInAsync("officer@border.test");
        await officer.PostFormAsync("/staff/messages/name", new Dictionary<string, string> { ["Input.Name"] = "Marta" });

        var profile = await officer.GetPageAsync($"/staff/applicants/{applicantId}");
        var link = profile.QuerySelectorAll("main a").Single(a => a.TextContent == "Send a message").GetAttribute("href")!;
        Assert.Equal($"/staff/messages/new/{applicantId}", link);
        var form = (await officer.GetPageAsync(link)).QuerySelector("main form[method='post']")!;
        var fields = new Dictionary<string, string> { ["Input.Subject"] = "Your appointment", ["Input.Body"] = "Please bring your passport." };
        var sent = await PostAsync(officer, form, fields, link);
        var twice = await PostAsync(officer, form, fields, link);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(sent.Headers.Location, twice.Headers.Location);
        var conversation = Guid.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Contains("Your appointment", (await applicant.GetPageAsync("/messages")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var seen = await applicant.GetPageAsync($"/messages/{conversation}");
        Assert.Contains("Officer Marta", seen.QuerySelectorAll("#messages li p.hint strong").Select(s => s.TextContent));
        Assert.Contains("Please bring your passport.", seen.QuerySelector("#messages")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("officer@border.test", seen.Body!.TextContent, StringComparison.Ordinal);

        await officer.GetAsync("/language/es?returnUrl=/staff");
        var spanish = await officer.GetPageAsync(link);
        Assert.Equal("Escribir al solicitante", spanish.QuerySelector("h1")!.TextContent);
        var refused = await PostAsync(officer, spanish.QuerySelector("main form[method='post']")!, new() { ["Input.Subject"] = "", ["Input.Body"] = "Hola" }, link);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ParseAsync();
        Assert.Contains("Escriba un asunto.", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hola", again.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/messages/new/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Fact]
    public async Task Only_supervisors_see_the_inbox_figures_with_the_median_first_answer_in_words()
    {
        var officerId = await TestAccounts.IdOfAsync(app.Services, "officer@border.test");
        var sent = await SendAsync(new StartConversation(Guid.CreateVersion7(), Guid.NewGuid(), ConversationTopic.General, null, "Fees", "Is it free?", null));
        Assert.NotNull(await SendAsync(new ReplyAsOfficer(officerId, Guid.NewGuid(), sent.ConversationId, "Yes, it is free.", null)));
        var supervisor = await SignedInAsync("supervisor@border.test");
        await supervisor.GetAsync("/language/es?returnUrl=/staff");

        var figures = (await supervisor.GetPageAsync("/staff/messages")).QuerySelector("#figures")!;

        Assert.Equal("Cifras", figures.QuerySelector("h2")!.TextContent);
        var median = figures.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")!.TextContent == "Tiempo mediano hasta una primera respuesta, últimos 30 días");
        Assert.StartsWith("menos de un minuto, sobre ", median.QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(figures.QuerySelectorAll("th"), th => th.TextContent == "En espera del solicitante");
        var officer = await SignedInAsync("officer@border.test");
        Assert.Null((await officer.GetPageAsync("/staff/messages")).QuerySelector("#figures"));
    }

    private static (long Waiting, long Mine) Counts(IHtmlDocument page)
    {
        var match = CountsText().Match(page.QuerySelector("#staff-messages")!.TextContent);
        Assert.True(match.Success, page.QuerySelector("#staff-messages")!.TextContent);
        return (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^Messages \((\d+) waiting, (\d+) yours\)$")]
    private static partial Regex CountsText();

    /// <summary>Posts one form of a page as a browser without script: its hidden fields, its selects' chosen options, then the given values.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IElement form, Dictionary<string, string> fields, string? path = null)
    {
        var values = form.QuerySelectorAll("input[type='hidden']").Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? "";
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? path : action, new FormUrlEncodedContent(values));
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);
        return client;
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
