using System.Net;
using Border.Accounts.Contracts.Profile;
using Border.Scheduling.Data;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Scheduling;

public sealed class ConfirmationPageTests(WindowOpenWebApp app) : IClassFixture<WindowOpenWebApp>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Client, Guid Offer)> OfferedApplicantAsync(string culture, int companions = 0, TimeSpan? left = null)
    {
        app.Clock.Advance(Now - app.Clock.GetUtcNow());
        var email = $"{Guid.NewGuid():N}@example.test";
        var id = await TestApplicants.RegisterAsync(app.Services, email, culture);
        await TestApplicants.ConfirmEmailAsync(app.Services, id);
        await TestApplicants.CompleteProfileAsync(app.Services, id, companions);
        var client = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestApplicants.Password)).StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetProfile(id));
        Guid[] travellers = [id, .. profile.Members.Select(m => m.Id)];
        var offer = Guid.CreateVersion7();
        await using var connection = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO scheduling.appointments (id, request_id, applicant_id, allocation_run_id, port_code, date, slot_start, time_zone,
                slot_starts_at, people_count, traveller_ids, status, offered_at, deadline, identity_review)
            VALUES ($1, $2, $3, $4, 'san-ysidro', '2026-12-09', '09:30', 'America/Los_Angeles', '2026-12-09 17:30:00+00', $5, $6, {AppointmentStatusSql.Offered}, $7, $8, false)
            """, connection);
        foreach (var value in new object[] { offer, Guid.CreateVersion7(), id, Guid.CreateVersion7(), travellers.Length, travellers, Now, Now + (left ?? new TimeSpan(20, 15, 0)) })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        return (client, offer);
    }

    private static async Task<string> Next(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {(await response.ParseAsync()).QuerySelector(".error-summary")?.TextContent}");
        return response.Headers.Location!.OriginalString;
    }

    [Theory]
    [InlineData("en", "Your confirmation is pending", "20 hours 15 minutes left", "Check your appointment", "Yes, schedule", "Your appointment is confirmed")]
    [InlineData("es", "Su confirmación está pendiente", "Quedan 20 horas y 15 minutos", "Revise su cita", "Sí, programar", "Su cita está confirmada")]
    public async Task An_offer_is_confirmed_step_by_step_without_script_in_the_applicants_language(
        string culture, string pending, string left, string review, string yes, string confirmed)
    {
        var (client, offer) = await OfferedApplicantAsync(culture, companions: 1);
        var start = $"/appointments/offers/{offer}";

        var first = await client.GetPageAsync(start);
        // Each step's HTML as the server sent it, for the Nu HTML Checker at the end.
        var pages = new Dictionary<string, string> { ["offer"] = await client.GetStringAsync(start) };
        Assert.Equal(pending, first.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(left, first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("San Ysidro", first.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/appointments/offers/{offer}", (await client.GetPageAsync("/appointments")).Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(start, await Next(await client.GetAsync($"{start}/review")));

        var photo1 = await Next(await client.PostFormAsync(start, new Dictionary<string, string>()));
        Assert.Equal($"{start}/photos/1", photo1);
        pages["photo"] = await client.GetStringAsync(photo1);
        Assert.NotNull((await client.GetPageAsync(photo1)).QuerySelector("input[type=file][capture=user][accept='image/jpeg,image/png']"));
        var photo2 = await Next(await client.PostFileAsync(photo1, "Photo", TestImages.Png, "me.png", "image/png"));
        Assert.Equal($"{start}/photos/2", photo2);
        var location = await Next(await client.PostFormAsync(photo2, new Dictionary<string, string> { ["CannotTake"] = "true" }));
        Assert.Equal($"{start}/location", location);
        pages["location"] = await client.GetStringAsync(location);
        var reviewPath = await Next(await client.PostFormAsync(location, new Dictionary<string, string> { ["State"] = "BCN" }));

        var reviewPage = await client.GetPageAsync(reviewPath);
        pages["review"] = await client.GetStringAsync(reviewPath);
        Assert.Equal(review, reviewPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(2, reviewPage.QuerySelectorAll(".group li").Length);
        var schedule = await Next(await client.PostFormAsync(reviewPath, new Dictionary<string, string>()));
        Assert.Equal(yes, (await client.GetPageAsync(schedule)).QuerySelectorAll("form").Last().QuerySelector("button")!.TextContent.Trim());
        pages["schedule"] = await client.GetStringAsync(schedule);
        var done = await Next(await client.PostFormAsync(schedule, new Dictionary<string, string>()));

        var page = await client.GetPageAsync(done);
        Assert.Equal(confirmed, page.QuerySelector("h1")!.TextContent.Trim());
        var number = page.QuerySelector(".details strong")!.TextContent;
        Assert.StartsWith("APT-", number, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".qr svg"));
        Assert.Equal("720 East San Ysidro Blvd, San Diego, CA 92173", page.QuerySelector("main address")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='https://www.google.com/maps/search/?api=1&query=32.54333%2C-117.02972']"));
        Assert.NotNull(page.QuerySelector("main a[href='/requirements/what-to-bring']"));
        Assert.Contains(culture == "es" ? "60 minutos antes de su hora" : "60 minutes before your time", page.QuerySelector("main address")!.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal(done, await Next(await client.GetAsync(start + "/schedule")));
        foreach (var (name, path) in new[] { ("confirmed", done), ("appointments", "/appointments"), ("home", "/") })
        {
            pages[name] = await client.GetStringAsync(path);
        }

        await HtmlChecker.AssertValidAsync(pages);
    }

    [Fact]
    public async Task An_offer_past_its_deadline_says_so_and_cannot_be_accepted()
    {
        var (client, offer) = await OfferedApplicantAsync("en", left: TimeSpan.FromMinutes(5));
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        var page = await client.GetPageAsync($"/appointments/offers/{offer}");
        var refused = await client.PostAsync($"/appointments/offers/{offer}", new FormUrlEncodedContent([]));

        Assert.Equal("This offer is closed", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task Another_applicants_offer_answers_404_on_every_page()
    {
        var (_, offer) = await OfferedApplicantAsync("en");
        var (stranger, _) = await OfferedApplicantAsync("en");

        foreach (var path in new[] { "", "/photos/1", "/location", "/review", "/schedule" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/appointments/offers/{offer}{path}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/appointments/{offer}/confirmed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/appointments/{offer}/cancel")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_asks_first_then_frees_the_applicant_to_request_again()
    {
        var (client, offer) = await OfferedApplicantAsync("en");

        var ask = await client.GetPageAsync($"/appointments/{offer}/cancel");
        var cancelled = await client.PostFormAsync($"/appointments/{offer}/cancel", new Dictionary<string, string>());

        Assert.Equal("Cancel your appointment?", ask.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/appointments?cancelled=true", cancelled.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/appointments/{offer}/cancel")).StatusCode);
    }
}
