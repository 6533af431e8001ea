using System.Net;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Scheduling;

/// <summary>The site at 13:00 Eastern on Tuesday 24 November 2026: the request window is open.</summary>
public sealed class WindowOpenWebApp : BorderWebApp
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Scheduler:Enabled", "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SchedulingPageTests(WindowOpenWebApp app) : IClassFixture<WindowOpenWebApp>
{
    private Task<(HttpClient Client, Guid Id)> ReadyApplicantAsync(string culture = "en") => Applicants.ReadySignedInAsync(app, culture);

    [Theory]
    [InlineData("en", "Choose the port where you want your appointment.", "Choose the Mexican state where you are now.")]
    [InlineData("es", "Elija el puerto donde quiere su cita.", "Elija el estado de México donde está ahora.")]
    public async Task The_request_form_lists_its_errors_in_the_applicants_language(string culture, string port, string state)
    {
        var (client, _) = await ReadyApplicantAsync(culture);

        var response = await client.PostFormAsync("/appointments/request", new Dictionary<string, string> { ["Input.State"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal([port, state], page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task A_request_gets_a_receipt_shows_on_the_appointments_page_and_can_be_withdrawn_after_a_confirm_page()
    {
        var (client, _) = await ReadyApplicantAsync();

        var sent = await client.PostFormAsync("/appointments/request", new Dictionary<string, string>
        {
            ["Input.PortCode"] = "san-ysidro",
            ["Input.State"] = "BCN",
            ["Input.Latitude"] = "32.5300",
            ["Input.Longitude"] = "-117.0400",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("Your request is in", receipt.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var reference = receipt.QuerySelector(".details strong")!.TextContent;
        Assert.StartsWith("BRD-", reference, StringComparison.Ordinal);

        var list = await client.GetPageAsync("/appointments");
        Assert.Contains(reference, list.Body!.TextContent, StringComparison.Ordinal);
        var withdrawPath = list.QuerySelector("a[href$='/withdraw']")!.GetAttribute("href")!;
        var withdrawn = await client.PostFormAsync(withdrawPath, new Dictionary<string, string>());
        Assert.Equal("/appointments?withdrawn=true", withdrawn.Headers.Location!.OriginalString);
        Assert.Contains("Withdrawn", (await client.GetPageAsync("/appointments")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_applicants_request_id_answers_404()
    {
        var (owner, _) = await ReadyApplicantAsync();
        var (other, _) = await ReadyApplicantAsync();
        var sent = await owner.PostFormAsync("/appointments/request", new Dictionary<string, string>
        {
            ["Input.PortCode"] = "laredo",
            ["Input.State"] = "TAM",
        });
        var path = sent.Headers.Location!.OriginalString.Split('?')[0];

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path + "/withdraw")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_links_to_requesting_once_the_profile_is_complete()
    {
        var (client, _) = await ReadyApplicantAsync();

        var home = await client.GetPageAsync("/");

        Assert.NotNull(home.QuerySelector("a[href='/appointments/request']"));
    }
}

/// <summary>Staff pages on the real clock: a staff member's authenticator code is for the time it really is.</summary>
public sealed class PortPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("applicant@border.test", "/staff/ports", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/ports", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/ports/laredo/capacity", HttpStatusCode.NotFound)]
    [InlineData("officer@border.test", "/staff/ports/laredo/dates/new", HttpStatusCode.NotFound)]
    [InlineData("supervisor@border.test", "/staff/ports", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/ports/laredo", HttpStatusCode.OK)]
    [InlineData("supervisor@border.test", "/staff/ports/nowhere", HttpStatusCode.NotFound)]
    [InlineData("admin@border.test", "/staff/ports/laredo/capacity", HttpStatusCode.OK)]
    [InlineData("officer@border.test", "/appointments/request", HttpStatusCode.NotFound)]
    public async Task Only_supervisors_open_the_port_pages_and_only_applicants_the_request_pages(string email, string path, HttpStatusCode expected)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task An_officer_cannot_change_capacity_by_posting_the_form()
    {
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        var form = await supervisor.GetPageAsync("/staff/ports/laredo/capacity");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await officer.PostAsync("/staff/ports/laredo/capacity", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.DailyCapacity"] = "1",
            ["Input.FirstSlot"] = "07:00",
            ["Input.LastSlot"] = "15:00",
            ["Input.SlotMinutes"] = "30",
        }));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        var laredo = await app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Send(new GetPort("laredo"));
        Assert.Equal(200, laredo!.Port.DailyCapacity);
    }

    [Theory]
    [InlineData("en", "Enter the people a day as a whole number from 0 to 10,000.", "Enter the minutes between slots as a whole number from 5 to 240.")]
    [InlineData("es", "Escriba las personas por día como un número entero del 0 al 10.000.", "Escriba los minutos entre turnos como un número entero del 5 al 240.")]
    public async Task The_capacity_form_lists_its_errors_by_the_fields_in_the_supervisors_language(string culture, string capacity, string minutes)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");
        await client.GetAsync($"/language/{culture}?returnUrl=/staff");

        var response = await client.PostFormAsync("/staff/ports/calexico/capacity", new Dictionary<string, string>
        {
            ["Input.DailyCapacity"] = "",
            ["Input.FirstSlot"] = "07:00",
            ["Input.LastSlot"] = "15:00",
            ["Input.SlotMinutes"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal([capacity, minutes], page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Equal(capacity, page.QuerySelector("#Input_DailyCapacity")!.ParentElement!.QuerySelector(".error")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_supervisor_sets_where_and_how_early_to_arrive_with_a_comma_or_a_point_for_decimals()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");
        await client.GetAsync("/language/es?returnUrl=/staff");

        var saved = await client.PostFormAsync("/staff/ports/eagle-pass/arrival", new Dictionary<string, string>
        {
            ["Input.Address"] = "  500 Adams Street, Eagle Pass, TX 78852 ",
            ["Input.Latitude"] = "28,7071",
            ["Input.Longitude"] = "-100.5105",
            ["Input.ArriveMinutesBefore"] = "45",
        });

        Assert.Equal("/staff/ports/eagle-pass?saved=true", saved.Headers.Location!.OriginalString);
        var port = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Send(new GetPort("eagle-pass")))!.Port;
        Assert.Equal(("500 Adams Street, Eagle Pass, TX 78852", 28.7071, -100.5105, 45), (port.Address, port.Latitude, port.Longitude, port.ArriveMinutesBefore));
        var show = await client.GetPageAsync("/staff/ports/eagle-pass");
        Assert.Contains("45 minutos", show.QuerySelector(".details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arrival_form_with_a_word_for_a_latitude_and_no_longitude_is_refused_field_by_field_and_nothing_changes()
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");
        await client.GetAsync("/language/en?returnUrl=/staff");

        var refused = await client.PostFormAsync("/staff/ports/nogales/arrival", new Dictionary<string, string>
        {
            ["Input.Address"] = "",
            ["Input.Latitude"] = "north",
            ["Input.Longitude"] = "",
            ["Input.ArriveMinutesBefore"] = "600",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(
            ["Enter the latitude in degrees, from -90 to 90, like 32.5433."],
            page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        var again = await (await client.PostFormAsync("/staff/ports/nogales/arrival", new Dictionary<string, string>
        {
            ["Input.Address"] = "",
            ["Input.Latitude"] = "31.3",
            ["Input.Longitude"] = "",
            ["Input.ArriveMinutesBefore"] = "600",
        })).ParseAsync();
        Assert.Equal(
            ["Enter the port's address: street, city, state and ZIP code.", "Enter both the latitude and the longitude, or neither.", "Enter the minutes to arrive before the slot as a whole number from 0 to 240."],
            again.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        var port = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Send(new GetPort("nogales")))!.Port;
        Assert.Equal("9 North Grand Avenue, Nogales, AZ 85621", port.Address);
    }

    [Theory]
    [InlineData("en", "Say why the port is closed that day. Applicants read it.")]
    [InlineData("es", "Indique por qué el puerto está cerrado ese día. Los solicitantes lo leerán.")]
    public async Task Closing_a_date_without_a_reason_is_refused_in_the_supervisors_language(string culture, string message)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync("supervisor@border.test");
        await client.GetAsync($"/language/{culture}?returnUrl=/staff");

        var response = await client.PostFormAsync("/staff/ports/hidalgo/dates/new", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-12-20",
            ["Input.Closed"] = "true",
            ["Input.Reason"] = "",
        });

        var page = await response.ParseAsync();
        Assert.Equal([message], page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
    }
}
