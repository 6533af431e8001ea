using System.Net;
using Border.Notifications.Contracts;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Notifications;

public sealed class PolicyUpdatePageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_supervisor_publishes_and_the_page_returns_before_anyone_is_reached()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");

        var published = await supervisor.PostFormAsync("/staff/policy-updates/new", Texts("Hours change"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var list = await supervisor.GetPageAsync(published.Headers.Location!.OriginalString);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Hours change", StringComparison.Ordinal));
        Assert.Contains("Still sending", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("[role=status]"));
    }

    [Fact]
    public async Task The_applicant_reads_it_in_the_inbox_in_their_language_after_the_fan_out()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        await supervisor.PostFormAsync("/staff/policy-updates/new", Texts("Documents at the port"));
        var applicant = app.CreateBrowserClient();
        await applicant.SignInAsDemoAsync("applicant@border.test");

        await FanOutAsync();

        var english = await applicant.GetPageAsync("/notifications");
        var item = english.QuerySelectorAll(".inbox li").Single(li => li.TextContent.Contains("Documents at the port (en)", StringComparison.Ordinal));
        var link = item.QuerySelector("a")!.GetAttribute("href")!;
        var opened = await applicant.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var page = await applicant.GetPageAsync(opened.Headers.Location!.OriginalString);
        Assert.Equal("Documents at the port (en)", page.QuerySelector("h1")!.TextContent);

        await applicant.GetAsync("/language/es?returnUrl=/");
        var spanish = await applicant.GetPageAsync("/notifications");
        Assert.Contains(spanish.QuerySelectorAll(".inbox li a"), a => a.TextContent == "Documents at the port (es)");
    }

    [Fact]
    public async Task Both_languages_are_required_and_what_was_typed_is_kept()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        var fields = Texts("Half written");
        fields["Input.TitleSpanish"] = "";
        fields["Input.BodySpanish"] = " ";

        var refused = await supervisor.PostFormAsync("/staff/policy-updates/new", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var errors = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Enter the title in Spanish.", "Enter the text in Spanish."], errors);
        Assert.Equal("Half written (en)", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_TitleEnglish")!).Value);
        var list = await supervisor.GetPageAsync("/staff/policy-updates");
        Assert.DoesNotContain("Half written", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Choose at least one port, or send it to everyone.")]
    [InlineData("es", "Elija al menos un puerto, o envíela a todos.")]
    public async Task An_update_for_chosen_ports_needs_a_port_and_the_list_says_who_it_is_for(string culture, string message)
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        await supervisor.GetAsync($"/language/{culture}?returnUrl=/");
        var fields = Texts($"Nogales lanes {culture}");
        fields["Input.Audience"] = "Ports";

        var refused = await (await supervisor.PostFormAsync("/staff/policy-updates/new", fields)).ParseAsync();
        fields["Input.Ports"] = "nogales";
        var published = await supervisor.PostFormAsync("/staff/policy-updates/new", fields);

        Assert.Equal(message, refused.QuerySelector(".error-summary a[href='#Input_Ports']")!.TextContent);
        Assert.NotNull(refused.QuerySelector("input[name='Input.Audience'][value=Ports][checked]"));
        Assert.Equal(8, refused.QuerySelectorAll("input[name='Input.Ports']").Length);
        var list = await supervisor.GetPageAsync(published.Headers.Location!.OriginalString);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains($"Nogales lanes {culture}", StringComparison.Ordinal));
        Assert.Contains("Nogales", row.QuerySelectorAll("td")[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_can_read_published_updates_without_signing_in()
    {
        var id = await app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<MediatR.IMediator>()
            .Send(new PublishPolicyUpdate(Guid.NewGuid(), "Open rules", "Line one.\nLine two.", "Reglas abiertas", "Línea uno.\nLínea dos."));
        var visitor = app.CreateBrowserClient();

        var list = await visitor.GetPageAsync("/policy-updates");
        var update = await visitor.GetPageAsync($"/policy-updates/{id}");

        Assert.Contains(list.QuerySelectorAll("ol li a"), a => a.TextContent == "Open rules");
        Assert.Equal(["Line one.", "Line two."], update.QuerySelectorAll("main p:not(.hint)").Skip(1).Select(p => p.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/policy-updates/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Email_settings_keep_what_the_person_chose()
    {
        var applicant = app.CreateBrowserClient();
        await applicant.SignInAsDemoAsync("applicant@border.test");
        var before = await applicant.GetPageAsync("/notifications/settings");
        Assert.Equal(3, before.QuerySelectorAll("input[name=topics][checked]").Length);

        var saved = await applicant.PostAsync("/notifications/settings", await FormWithAsync(applicant, ("topics", EmailTopics.Messages)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await applicant.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal([EmailTopics.Messages], after.QuerySelectorAll("input[name=topics][checked]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(after.QuerySelector("[role=status]"));
    }

    private static Dictionary<string, string> Texts(string title) => new()
    {
        ["Input.TitleEnglish"] = $"{title} (en)",
        ["Input.BodyEnglish"] = "Bring every document.",
        ["Input.TitleSpanish"] = $"{title} (es)",
        ["Input.BodySpanish"] = "Traiga todos los documentos.",
    };

    /// <summary>Checkboxes repeat one name, which the dictionary-based helper cannot post.</summary>
    private static async Task<FormUrlEncodedContent> FormWithAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync("/notifications/settings");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    /// <summary>
    /// Reaches everyone, then waits for the background job publishing enqueued: a page that job holds is skipped
    /// here (SKIP LOCKED), so an update is only surely reached once the list says it finished.
    /// </summary>
    private async Task FanOutAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            await mediator.Send(new FanOutPolicyUpdates());
            var first = await mediator.Send(new ListPolicyUpdates(1));
            if (first.Items.All(u => u.CompletedAt is not null))
            {
                return;
            }

            Assert.True(DateTimeOffset.UtcNow < giveUp, "The policy updates were not reached within a minute.");
            await Task.Delay(200);
        }
    }
}
