using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Border.Scheduling.Contracts;
using Border.Scheduling.Data;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Scheduling;

/// <summary>
/// The applicant's journey as a newcomer reads it: the home page says where they stand at each step, nothing offers an
/// action that would be refused, and words and times read right.
/// </summary>
public sealed class JourneyPageTests(WindowOpenWebApp app) : IClassFixture<WindowOpenWebApp>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Client, Guid Id)> ReadyApplicantAsync(string culture = "en", string state = "BCN")
    {
        app.Clock.Advance(Now - app.Clock.GetUtcNow());
        var email = $"{Guid.NewGuid():N}@example.test";
        var id = await TestApplicants.RegisterAsync(app.Services, email, culture);
        await TestApplicants.ConfirmEmailAsync(app.Services, id);
        await TestApplicants.CompleteProfileAsync(app.Services, id, companions: 1, state);
        var client = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestApplicants.Password)).StatusCode);
        return (client, id);
    }

    private static async Task<IHtmlDocument> Home(HttpClient client) => await client.GetPageAsync("/");

    /// <summary>The section's words with every run of spaces (the culture's narrow no-break space before "PM" too) as one space.</summary>
    private static string Standing(IHtmlDocument page) => Regex.Replace(page.QuerySelector(".standing")!.TextContent, @"\s+", " ");

    [Fact]
    public async Task The_home_page_follows_the_request_the_confirmed_appointment_and_the_check_in()
    {
        var (client, id) = await ReadyApplicantAsync();
        Assert.NotNull((await Home(client)).QuerySelector(".standing a.button[href='/appointments/request']"));

        var sent = await client.PostFormAsync("/appointments/request", new Dictionary<string, string>
        {
            ["Input.PortCode"] = "san-ysidro",
            ["Input.State"] = "BCN",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var waiting = await Home(client);
        Assert.Contains("Your request is waiting for the draw", Standing(waiting), StringComparison.Ordinal);
        Assert.Contains("Wednesday, November 25, 2026 at 12:00 PM Eastern time (EST)", Standing(waiting), StringComparison.Ordinal);
        Assert.Null(waiting.QuerySelector("a[href='/appointments/request']"));

        var (appointment, number) = await TestAppointments.ConfirmedForTodayAsync(app.Services, id);
        var confirmed = await Home(client);
        Assert.Contains("Your appointment is confirmed", Standing(confirmed), StringComparison.Ordinal);
        Assert.Contains(number, Standing(confirmed), StringComparison.Ordinal);
        Assert.Contains("San Ysidro", Standing(confirmed), StringComparison.Ordinal);
        Assert.NotNull(confirmed.QuerySelector($".standing a[href='/appointments/{appointment}/confirmed']"));

        await SendAsync(new RecordCheckIn(Guid.NewGuid(), appointment, CheckInOutcome.Arrived, null));
        var done = await Home(client);
        Assert.Contains("You checked in at the port", Standing(done), StringComparison.Ordinal);
        var list = await client.GetPageAsync("/appointments");
        Assert.Contains("Done: checked in", list.Body!.TextContent, StringComparison.Ordinal);
        var page = await client.GetPageAsync($"/appointments/{appointment}/confirmed");
        Assert.Contains("you checked in", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        foreach (var shown in new[] { done, list, page })
        {
            Assert.Null(shown.QuerySelector("a[href$='/cancel']"));
            Assert.Null(shown.QuerySelector("a[href='/appointments/request']"));
        }
    }

    [Theory]
    [InlineData("en", "You were offered an appointment", "Confirm it before Wednesday, November 25, 2026 at 6:00 AM Pacific time (PST)")]
    [InlineData("es", "Le ofrecimos una cita", "Confírmela antes del miércoles, 25 de noviembre de 2026 a las 6:00 hora del Pacífico (PST)")]
    public async Task An_offer_shows_on_the_home_page_with_its_deadline_and_a_button_to_confirm(string culture, string heading, string deadline)
    {
        var (client, id) = await ReadyApplicantAsync(culture);
        var offer = Guid.CreateVersion7();
        await using (var command = app.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand($"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            VALUES ($1, $2, $3, $4, 'san-ysidro', '2026-12-09', '09:30', 'America/Los_Angeles', '2026-12-09 17:30:00+00', 1, $5, {AppointmentStatusSql.Offered}, $6, $7, false)
            """))
        {
            foreach (var value in new object[] { offer, Guid.CreateVersion7(), id, Guid.CreateVersion7(), new[] { id }, Now, Now + TimeSpan.FromHours(20) })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var home = await Home(client);
        Assert.Contains(heading, Standing(home), StringComparison.Ordinal);
        Assert.Contains(deadline, Standing(home), StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector($".standing a.button[href='/appointments/offers/{offer}']"));

        // Every form leaves checking to Border (no browser bubbles), and the location step starts from the profile.
        Assert.NotNull(home.QuerySelector("form[novalidate]"));
        await client.PostFormAsync($"/appointments/offers/{offer}", new Dictionary<string, string>());
        await client.PostFileAsync($"/appointments/offers/{offer}/photos/1", "Photo", TestImages.Png, "me.png", "image/png");
        var location = await client.GetPageAsync($"/appointments/offers/{offer}/location");
        Assert.Equal("BCN", location.QuerySelector("#State option[selected]")!.GetAttribute("value"));
        Assert.All(location.QuerySelectorAll("form"), form => Assert.True(form.HasAttribute("novalidate")));
    }

    [Theory]
    [InlineData("en", "Requests are open until Tuesday, November 24, 2026 at 11:59 PM Eastern time (EST).")]
    [InlineData("es", "Las solicitudes están abiertas hasta el martes, 24 de noviembre de 2026 a las 23:59 hora del Este (EST).")]
    public async Task The_window_closes_on_its_own_day_at_its_last_minute(string culture, string expected)
    {
        var (client, _) = await ReadyApplicantAsync(culture);

        var page = await client.GetPageAsync("/appointments/request");

        Assert.Contains(expected, Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_outside_the_region_keeps_its_state_on_the_request_form_with_the_reason()
    {
        var (client, _) = await ReadyApplicantAsync(state: "OAX");

        var page = await client.GetPageAsync("/appointments/request");

        Assert.Equal("OAX", page.QuerySelector("#Input_State option[selected]")!.GetAttribute("value"));
        Assert.Contains("Oaxaca is outside that area", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var sent = await client.PostFormAsync("/appointments/request", new Dictionary<string, string> { ["Input.PortCode"] = "laredo", ["Input.State"] = "OAX" });
        var refused = await sent.ParseAsync();
        Assert.Contains("Oaxaca is outside that area", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("OAX", refused.QuerySelector("#Input_State option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Registration_shows_every_error_at_once_in_a_summary_linking_to_each_field(string culture)
    {
        var client = app.CreateBrowserClient();
        await client.GetAsync($"/language/{culture}?returnUrl=/");

        var response = await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "not an address",
            ["Input.Password"] = "short",
        });

        var page = await response.ParseAsync();
        Assert.Equal(
            ["#Input_Email", "#Input_Password", "#Input_AcceptedTerms"],
            page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#Input_AcceptedTerms"));
    }

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
