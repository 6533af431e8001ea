using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Scheduling.Tests.Support;
using Border.Shared.Outbox;
using Border.Testing;
using Microsoft.EntityFrameworkCore;

namespace Border.Scheduling.Tests.Requests;

public sealed class RequestTests(SchedulingFixture fixture) : IClassFixture<SchedulingFixture>
{
    private IServiceProvider Services => fixture.Host.Services;

    private Task<T> Send<T>(MediatR.IRequest<T> request) => fixture.Host.SendAsync(request);

    private static RequestAppointment At(Guid user, string port = "san-ysidro", string state = "BCN", double? lat = null, double? lon = null) =>
        new(user, port, state, lat, lon);

    [Fact]
    public async Task A_ready_group_requests_once_and_the_request_keeps_who_travels_when_they_registered_and_the_window()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services, companions: 2);

        var receipt = await Send(At(user, "el-paso", "CHH", 31.69, -106.42));

        Assert.Matches("^BRD-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", receipt.Reference);
        var stored = await fixture.QueryAsync(db => db.Requests.SingleAsync(r => r.Id == receipt.RequestId));
        Assert.Equal((user, "el-paso", new DateOnly(2026, 11, 24), 3, RequestStatus.Pending, "CHH", true),
            (stored.ApplicantId, stored.PortCode, stored.WindowDate, stored.TravellerCount, stored.Status, stored.CurrentState, stored.LocationChecked));
        Assert.Equal(user, stored.TravellerIds[0]);
        Assert.Equal(3, stored.TravellerIds.Distinct().Count());
        var facts = await Send(new Border.Accounts.Contracts.GetSchedulingFacts(user));
        Assert.Equal(facts!.RegisteredAt, stored.RegisteredAt);

        var view = await Send(new GetMyRequest(user));
        Assert.Equal((receipt.Reference, "El Paso", new DateOnly(2026, 12, 9)), (view!.Reference, view.PortName, view.AppointmentDate));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), view.DrawAt);
    }

    [Fact]
    public async Task The_request_received_notification_is_in_the_outbox_with_the_port_and_the_draw_time()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);

        var receipt = await Send(At(user, "nogales", "SON"));

        var messages = await fixture.QueryAsync(db => db.Set<OutboxMessage>().ToListAsync());
        var sent = Assert.Single(messages, m => m.Payload.Contains(user.ToString(), StringComparison.Ordinal));
        Assert.Equal(IntegrationEventRegistry.NameOf<NotificationRequested>(), sent.Type);
        var notification = System.Text.Json.JsonSerializer.Deserialize<NotificationRequested>(sent.Payload)!;
        Assert.Equal(NotificationKinds.AppointmentRequested, notification.Kind);
        Assert.Equal("Nogales", notification.Arguments["port"].Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), notification.Arguments["drawAt"].At);
        Assert.Equal("America/New_York", notification.Arguments["drawAt"].TimeZone);
        Assert.Equal($"/appointments/requests/{receipt.RequestId}", notification.Link);
    }

    [Theory]
    [InlineData("2026-11-24T16:59:59Z", false, "Tuesday, November 24, 2026 at 12:00 PM Eastern time (EST)")]
    [InlineData("2026-11-24T17:00:00Z", true, null)]
    [InlineData("2026-11-25T04:59:59Z", true, null)]
    [InlineData("2026-11-25T05:00:00Z", false, "Wednesday, November 25, 2026 at 12:00 PM Eastern time (EST)")]
    [InlineData("2026-03-08T15:59:59Z", false, "Sunday, March 8, 2026 at 12:00 PM Eastern time (EDT)")]
    [InlineData("2026-03-08T16:00:00Z", true, null)]
    [InlineData("2026-11-01T16:59:59Z", false, "Sunday, November 1, 2026 at 12:00 PM Eastern time (EST)")]
    [InlineData("2026-11-01T17:00:00Z", true, null)]
    public async Task The_window_opens_at_noon_eastern_and_closes_after_1159_pm_on_clock_change_days_too(string now, bool open, string? nextOpening)
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);
        fixture.SetClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        if (open)
        {
            await Send(At(user));
            Assert.Equal(RequestStatus.Pending, (await Send(new GetMyRequest(user)))!.Status);
            return;
        }

        var (field, message) = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(user))));
        Assert.Equal("Request", field);
        Assert.Equal($"Requests are taken every day from 12:00 PM to 11:59 PM, Eastern time. The next window opens on {nextOpening}.", message.Replace('\u202F', ' '));
        Assert.Null(await Send(new GetMyRequest(user)));
    }

    [Fact]
    public async Task Outside_the_window_the_spanish_message_names_the_next_opening_in_eastern_time()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services, culture: "es");
        fixture.SetClock(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

        var (_, message) = await Refusals.InSpanish(() => Refusals.OneOf(() => Send(At(user))));

        Assert.Equal("Las solicitudes se reciben todos los días de 12:00 a 23:59, hora del Este. El próximo periodo abre el martes, 24 de noviembre de 2026 a las 12:00 hora del Este (EST).", message);
    }

    [Fact]
    public async Task An_unconfirmed_email_or_an_incomplete_profile_is_refused_with_the_next_step()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var unconfirmed = await TestApplicants.RegisterAsync(Services);
        await TestApplicants.CompleteProfileAsync(Services, unconfirmed);
        var incomplete = await TestApplicants.RegisterAsync(Services);
        await TestApplicants.ConfirmEmailAsync(Services, incomplete);

        var email = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(unconfirmed))));
        var profile = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(incomplete))));

        Assert.StartsWith("Confirm your email address before you request an appointment.", email.Message, StringComparison.Ordinal);
        Assert.StartsWith("Your profile is not complete yet.", profile.Message, StringComparison.Ordinal);
        Assert.Equal(RequestBlock.ProfileIncomplete, (await Send(new GetRequestOptions(incomplete))).Block);
    }

    [Fact]
    public async Task A_port_closed_on_the_date_the_draw_fills_is_refused_with_its_reason_and_another_port_is_fine()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);
        await Send(new SetPortDate(Guid.CreateVersion7(), "calexico", new DateOnly(2026, 12, 9), null, true, "The crossing is being rebuilt."));

        var (field, message) = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(user, "calexico"))));

        Assert.Equal("PortCode", field);
        Assert.Equal("Calexico is closed on Wednesday, December 9, 2026, the day this window's draw fills: The crossing is being rebuilt. Choose another port.", message);
        var options = await Send(new GetRequestOptions(user));
        Assert.Contains(options.Ports, p => p is { Code: "calexico", Closed: true });
        await Send(At(user, "san-ysidro"));
    }

    [Fact]
    public async Task A_second_request_is_refused_until_the_first_is_withdrawn_and_another_applicant_cannot_withdraw_it()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);
        var other = await TestApplicants.ReadyAsync(Services);
        var first = await Send(At(user));

        var (_, message) = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(user, "laredo", "TAM"))));
        Assert.Equal("You already have a request waiting for its draw. You can see it or withdraw it on your appointments page.", message);

        Assert.False(await Send(new WithdrawRequest(other, first.RequestId)));
        Assert.Null(await Send(new GetMyRequest(other, first.RequestId)));
        Assert.True(await Send(new WithdrawRequest(user, first.RequestId)));
        Assert.False(await Send(new WithdrawRequest(user, first.RequestId)));
        Assert.Equal(RequestStatus.Withdrawn, (await Send(new GetMyRequest(user, first.RequestId)))!.Status);

        var second = await Send(At(user, "laredo", "TAM"));
        Assert.Equal(second.RequestId, (await Send(new GetMyRequest(user)))!.Id);
    }

    [Fact]
    public async Task Requests_sent_at_once_from_many_tabs_leave_exactly_one_pending()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);

        var outcomes = await AtOnce.RunAsync(Enumerable.Range(0, 8).Select(_ => (Func<Task<bool>>)(async () =>
        {
            try
            {
                await Send(At(user));
                return true;
            }
            catch (Border.Shared.Validation.RequestValidationException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Requests.CountAsync(r => r.ApplicantId == user)));
    }

    [Theory]
    [InlineData("OAX", null, null, "State")]
    [InlineData("YUC", null, null, "State")]
    [InlineData("BCN", 14.63, -90.51, "State")]
    [InlineData("BCN", 16.85, -99.89, "State")]
    [InlineData("BCN", 34.05, -118.24, "State")]
    [InlineData("CHP", 14.90, -92.26, null)]
    [InlineData("TAB", 17.99, -92.93, null)]
    [InlineData("BCN", 32.53, -117.04, null)]
    [InlineData("CMX", 19.43, -99.13, null)]
    public async Task Only_people_in_central_or_northern_mexico_or_tabasco_and_chiapas_may_request(string state, double? lat, double? lon, string? refusedField)
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services);

        if (refusedField is null)
        {
            await Send(At(user, state: state, lat: lat, lon: lon));
            return;
        }

        var (field, message) = await Refusals.InEnglish(() => Refusals.OneOf(() => Send(At(user, state: state, lat: lat, lon: lon))));
        Assert.Equal(refusedField, field);
        Assert.Contains("central", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_outside_the_region_is_explained_kindly_in_spanish()
    {
        fixture.SetClock(SchedulingFixture.InWindow);
        var user = await TestApplicants.ReadyAsync(Services, culture: "es");

        var (_, message) = await Refusals.InSpanish(() => Refusals.OneOf(() => Send(At(user, state: "GRO"))));

        Assert.Equal("Las citas son solo para personas que están ahora en el centro o el norte de México, y Guerrero está fuera de esa zona. Lo sentimos. Podrá pedir una cita cuando esté en uno de los estados de la lista.", message);
    }
}
