using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Cases;

/// <summary>When the officer at the port records that the group did not come, both case pages say it was missed, in the reader's language.</summary>
public sealed class MissedAppointmentPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("en", "You did not come to your appointment on", "at San Ysidro. This case stays open.", "Request a new appointment when you are ready", "The group missed its appointment")]
    [InlineData("es", "No se presentó a su cita del", "en San Ysidro. Este caso sigue abierto.", "Pida una cita nueva cuando esté listo", "El grupo no se presentó a su cita")]
    public async Task The_applicant_reads_that_they_did_not_come_and_the_case_stays_open(
        string culture, string opening, string closing, string link, string history)
    {
        var email = $"missed.{culture}.{Guid.NewGuid():N}@example.test";
        var client = await Applicants.RegisterAsync(app, email, culture);
        var id = await MissedAsync(await TestAccounts.IdOfAsync(app.Services, email));

        var main = (await client.GetPageAsync($"/cases/{id}")).QuerySelector("main")!;

        Assert.Null(main.QuerySelector("#appointment-cancelled"));
        var notice = main.QuerySelector("#appointment-missed")!;
        Assert.StartsWith(opening, notice.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(closing, notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("/appointments", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(link, notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(history, main.QuerySelector(".history")!.TextContent, StringComparison.Ordinal);
        await HtmlChecker.AssertValidAsync(new Dictionary<string, string> { ["case"] = await client.GetStringAsync($"/cases/{id}") });
    }

    [Theory]
    [InlineData("en", "The group did not come to its appointment on", "at San Ysidro (recorded as a no-show). The case stays open.", "The group missed its appointment")]
    [InlineData("es", "El grupo no se presentó a su cita del", "en San Ysidro (registrado como inasistencia). El caso sigue abierto.", "El grupo no se presentó a su cita")]
    public async Task The_officer_reads_that_the_group_did_not_come(string culture, string opening, string closing, string history)
    {
        var applicant = await TestApplicants.ReadyAsync(app.Services, companions: 1);
        var id = await MissedAsync(applicant);
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        await officer.GetAsync($"/language/{culture}?returnUrl=/");

        var main = (await officer.GetPageAsync($"/staff/cases/{id}")).QuerySelector("main")!;

        Assert.Null(main.QuerySelector("#appointment-cancelled"));
        var notice = main.QuerySelector("#appointment-missed")!.TextContent.Trim();
        Assert.StartsWith(opening, notice, StringComparison.Ordinal);
        Assert.EndsWith(closing, notice, StringComparison.Ordinal);
        Assert.Contains(history, main.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The applicant's group confirmed for today, an advance-information case sent, then a no-show recorded at the port.</summary>
    private async Task<Guid> MissedAsync(Guid applicant)
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
        var recorded = await SendAsync(new RecordCheckIn(Guid.CreateVersion7(), appointment, CheckInOutcome.NoShow, null));
        Assert.False(recorded!.AlreadyRecorded);
        await OutboxDelivery.DeliverAllAsync(app.Services);
        return id;
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
