using System.Net;
using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Cases;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Staff;

/// <summary>
/// A staff member's home port, through the pages: an admin sets it; the officer reads times in its zone, sees its
/// check-ins on the home page and its cases first in the queue. The demo officer works at San Ysidro.
/// </summary>
public sealed class HomePortPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<T> Send<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);
        return client;
    }

    [Fact]
    public async Task An_admin_sets_a_staff_member_s_home_port_on_the_account_page_and_it_is_in_the_account_s_history()
    {
        var admin = await SignedInAsync("admin@border.test");
        var supervisor = await TestAccounts.IdOfAsync(app.Services, "supervisor@border.test");
        var path = $"/admin/accounts/{supervisor}/home-port";
        Assert.Contains((await admin.GetPageAsync($"/admin/accounts/{supervisor}")).QuerySelectorAll("main a"), a => a.GetAttribute("href") == path);

        var saved = await admin.PostFormAsync(path, new Dictionary<string, string> { ["Port"] = "nogales" });

        Assert.Equal($"/admin/accounts/{supervisor}?done=home-port", saved.Headers.Location!.OriginalString);
        var page = (await admin.GetPageAsync(saved.Headers.Location.OriginalString)).QuerySelector("main")!.TextContent;
        Assert.Contains("The home port is saved.", page, StringComparison.Ordinal);
        Assert.Contains("Nogales", page, StringComparison.Ordinal);
        Assert.Contains("Home port set", page, StringComparison.Ordinal);
        Assert.Equal(new HomePort("nogales", "America/Phoenix"), await Send(new GetHomePort(supervisor)));

        var unknown = await admin.PostFormAsync(path, new Dictionary<string, string> { ["Port"] = "atlantis" });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Choose a port from the list.", (await unknown.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var applicant = await TestAccounts.IdOfAsync(app.Services, "applicant@border.test");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{applicant}/home-port")).StatusCode);
    }

    [Fact]
    public async Task Staff_read_times_in_their_home_port_s_zone_and_without_one_in_eastern_time()
    {
        var officer = await SignedInAsync("officer@border.test");
        var admin = await SignedInAsync("admin@border.test");

        Assert.Contains("Pacific time", (await officer.GetPageAsync("/account/sessions")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var adminPage = (await admin.GetPageAsync("/account/sessions")).QuerySelector("main")!.TextContent;
        Assert.Contains("Eastern time", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Pacific time", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_home_page_counts_today_s_check_ins_at_the_home_port_cases_and_messages_each_linking_to_its_queue()
    {
        var officer = await SignedInAsync("officer@border.test");
        var before = await officer.GetPageAsync("/staff");
        var (appointment, _) = await TestAppointments.ConfirmedForTodayAsync(app.Services);
        var today = (await Send(new ViewCheckIn(Guid.Empty, appointment)))!.Date;

        var home = await officer.GetPageAsync("/staff");

        var checkIns = home.QuerySelector("#count-check-ins a")!;
        Assert.Equal($"/staff/ports/san-ysidro/roster?date={today:yyyy-MM-dd}", checkIns.GetAttribute("href"));
        Assert.Equal(Expected(before, 1), checkIns.TextContent.Trim());
        Assert.Equal("/staff/cases", home.QuerySelector("#count-cases a")!.GetAttribute("href"));
        Assert.EndsWith("waiting at San Ysidro", home.QuerySelector("#count-cases a")!.TextContent.Trim(), StringComparison.Ordinal);
        // The same conversations as the header's "waiting": unassigned at the home port, and the link lists them.
        Assert.Equal("/staff/messages?port=san-ysidro", home.QuerySelector("#count-messages a")!.GetAttribute("href"));
        Assert.EndsWith("waiting for an officer at San Ysidro", home.QuerySelector("#count-messages a")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Work queues will appear here", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Without a home port (the demo admin's), every port's, as the cases are counted.
        var everyPort = (await (await SignedInAsync("admin@border.test")).GetPageAsync("/staff")).QuerySelector("#count-messages a")!;
        Assert.Equal("/staff/messages", everyPort.GetAttribute("href"));
        Assert.EndsWith("waiting for an officer at every port", everyPort.TextContent.Trim(), StringComparison.Ordinal);

        static string Expected(AngleSharp.Html.Dom.IHtmlDocument before, int added)
        {
            var count = int.Parse(before.QuerySelector("#count-check-ins a")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) + added;
            return count == 1 ? "1 group to check in today at San Ysidro" : $"{count} groups to check in today at San Ysidro";
        }
    }

    [Fact]
    public async Task The_cases_queue_starts_at_the_officer_s_home_port_and_every_port_can_still_be_chosen()
    {
        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "no.port.yet@example.test");
        var (_, receipt) = await CaseJourney.SubmittedCorrectionAsync(applicant);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var officer = await SignedInAsync("officer@border.test");

        var queue = await officer.GetPageAsync("/staff/cases");
        Assert.Equal("san-ysidro", queue.QuerySelector("#port option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain(queue.QuerySelectorAll("td a"), a => a.TextContent == receipt);

        var every = await officer.GetPageAsync("/staff/cases?port=all");
        Assert.Equal("all", every.QuerySelector("#port option[selected]")!.GetAttribute("value"));
        Assert.Contains(every.QuerySelectorAll("td a"), a => a.TextContent == receipt);
        Assert.Contains((await officer.GetPageAsync("/staff/cases?port=none")).QuerySelectorAll("td a"), a => a.TextContent == receipt);
    }

    [Fact]
    public async Task At_check_in_the_officer_sees_the_advance_information_and_an_approved_accommodation_and_starts_a_correction()
    {
        var client = await Applicants.RegisterAsync(app, "accommodated@example.test", "en");
        var applicant = await TestAccounts.IdOfAsync(app.Services, "accommodated@example.test");
        await TestApplicants.CompleteProfileAsync(app.Services, applicant, companions: 1);
        var (appointment, _) = await TestAppointments.ConfirmedForTodayAsync(app.Services, applicant);
        await ApprovedInterpreterAsync(applicant);
        var officer = await SignedInAsync("officer@border.test");
        var path = $"/staff/check-in/{appointment}";

        var page = await officer.GetPageAsync(path);
        Assert.Equal("None filed", page.QuerySelector("#advance-information")!.TextContent.Trim());
        var accommodation = page.QuerySelector(".accommodations")!.TextContent;
        Assert.Contains("An interpreter (Haitian Creole)", accommodation, StringComparison.Ordinal);
        Assert.Contains("Jean-Baptiste Pierre", accommodation, StringComparison.Ordinal);
        var confirmation = (await client.GetPageAsync($"/appointments/{appointment}/confirmed")).QuerySelector(".accommodations")!.TextContent;
        Assert.Contains("An interpreter (Haitian Creole)", confirmation, StringComparison.Ordinal);

        var refused = await officer.PostFormAsync($"{path}/correction", new Dictionary<string, string>());
        Assert.Contains("Choose what does not match.", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var started = await officer.PostFormAsync($"{path}/correction", new Dictionary<string, string>
        {
            ["Detail"] = "birth-date", ["Person"] = "María José Pérez López", ["Note"] = "The passport gives another year.",
        });
        Assert.Equal($"{path}?correction=true", started.Headers.Location!.OriginalString);
        var after = await officer.GetPageAsync(started.Headers.Location.OriginalString);
        Assert.Contains("Not sent yet", after.QuerySelector("#correction")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Correction of a record", (await client.GetPageAsync("/cases")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task ApprovedInterpreterAsync(Guid applicant)
    {
        var id = await Send(new StartCase(applicant, CaseKind.PortAccommodation));
        Assert.True(await Send(new SaveCaseAnswers(applicant, id, new Dictionary<string, string?>
        {
            ["need"] = "interpreter", ["language"] = "Haitian Creole", ["person"] = "Jean-Baptiste Pierre", ["details"] = "He speaks only Haitian Creole.",
        })));
        Assert.NotNull(await Send(new SubmitCase(applicant, id)));
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var officer = Guid.CreateVersion7();
        Assert.True(await Send(new ClaimCase(officer, id)));
        var version = (await Send(new ViewCase(officer, id)))!.Version;
        Assert.True(await Send(new DecideCase(officer, id, version, DecisionOutcome.Approved, [], null)));
    }
}
