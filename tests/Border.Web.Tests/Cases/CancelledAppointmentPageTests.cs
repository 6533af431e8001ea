using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Cases;

/// <summary>When the group's appointment is cancelled, the applicant's and the staff case pages say so in the reader's language.</summary>
public sealed class CancelledAppointmentPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("en", "Your appointment on", "at San Ysidro was cancelled. This case stays open.", "Request a new appointment when you are ready", "The group's appointment was cancelled")]
    [InlineData("es", "Su cita del", "en San Ysidro se canceló. Este caso sigue abierto.", "Pida una cita nueva cuando esté listo", "La cita del grupo se canceló")]
    public async Task The_applicant_reads_that_the_appointment_was_cancelled_and_the_case_stays_open(
        string culture, string opening, string closing, string link, string history)
    {
        var email = $"cancelled.{culture}.{Guid.NewGuid():N}@example.test";
        var client = await Applicants.RegisterAsync(app, email, culture);
        var id = await CancelledAsync(await TestAccounts.IdOfAsync(app.Services, email));

        var main = (await client.GetPageAsync($"/cases/{id}")).QuerySelector("main")!;

        var notice = main.QuerySelector("#appointment-cancelled")!;
        Assert.StartsWith(opening, notice.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(closing, notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/appointments", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(link, notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(history, main.QuerySelector(".history")!.TextContent, StringComparison.Ordinal);
        await HtmlChecker.AssertValidAsync(new Dictionary<string, string> { ["case"] = await client.GetStringAsync($"/cases/{id}") });
    }

    [Theory]
    [InlineData("en", "The group's appointment on", "at San Ysidro was cancelled. The case stays open; the applicant can request a new appointment.")]
    [InlineData("es", "La cita del grupo del", "en San Ysidro se canceló. El caso sigue abierto; el solicitante puede pedir una cita nueva.")]
    public async Task The_officer_reads_that_the_groups_appointment_was_cancelled(string culture, string opening, string closing)
    {
        var applicant = await TestApplicants.ReadyAsync(app.Services, companions: 1);
        var id = await CancelledAsync(applicant);
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        await officer.GetAsync($"/language/{culture}?returnUrl=/");

        var notice = (await officer.GetPageAsync($"/staff/cases/{id}")).QuerySelector("main #appointment-cancelled")!.TextContent.Trim();

        Assert.StartsWith(opening, notice, StringComparison.Ordinal);
        Assert.EndsWith(closing, notice, StringComparison.Ordinal);
    }

    /// <summary>The applicant's group confirmed for today, an advance-information case sent, then the appointment cancelled.</summary>
    private async Task<Guid> CancelledAsync(Guid applicant)
    {
        if ((await SendAsync(new Border.Accounts.Contracts.Profile.GetProfile(applicant))).Members.Count == 0)
        {
            await TestApplicants.CompleteProfileAsync(app.Services, applicant, companions: 1);
        }

        var (appointment, _) = await TestAppointments.ConfirmedForTodayAsync(app.Services, applicant);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        var id = await SendAsync(new StartCase(applicant, CaseKind.AdvanceInformation));
        Assert.True(await SendAsync(new SaveCaseAnswers(applicant, id, new Dictionary<string, string?>
        {
            ["purpose"] = "protection",
            ["coming-from"] = "Tijuana, Baja California",
            ["special-need"] = "no",
            ["earlier-history"] = "no",
        })));
        Assert.NotNull(await SendAsync(new SubmitCase(applicant, id)));
        await OutboxDelivery.DeliverAllAsync(app.Services);
        Assert.True(await SendAsync(new CancelAppointment(applicant, appointment)));
        await OutboxDelivery.DeliverAllAsync(app.Services);
        return id;
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
