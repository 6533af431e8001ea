using System.Diagnostics;
using System.Net;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Scheduling;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Hosting;

/// <summary>
/// A signed-in applicant's home, inbox and appointments page are given again from memory while nothing they show
/// changed (RememberedPages), and rendered again the moment anything does: a change by someone else, the clock passing
/// an offer's deadline, the settings, the person's cookies or language.
/// </summary>
public sealed class RememberedPagesTests(WindowOpenWebApp app) : IClassFixture<WindowOpenWebApp>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private readonly PagesGiven given = new(app.Services);

    [Theory]
    [InlineData("/")]
    [InlineData("/notifications")]
    [InlineData("/appointments")]
    public async Task A_repeated_page_is_given_from_memory_as_it_was_rendered_and_its_form_still_posts(string path)
    {
        var (client, _) = await ReadyApplicantAsync("en");

        var (rendered, remembered) = await RenderedThenGivenAsync(client, path);

        Assert.Equal(rendered, remembered);
        // Compressed for a browser that asks, as a rendered page is.
        var (plain, compressed) = await RenderedThenGivenResponsesAsync(client, path, "br");
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        await using (var brotli = new System.IO.Compression.BrotliStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        {
            Assert.Equal(await plain.Content.ReadAsStringAsync(), await new StreamReader(brotli).ReadToEndAsync());
        }

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(remembered);
        var token = page.QuerySelector("form[action='/account/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signedOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var (after, fromMemory) = await given.GetAsync(client, "/");
        Assert.False(fromMemory, "A page was given from memory after signing out.");
        Assert.Null((await after.ParseAsync()).QuerySelector("form[action='/account/sign-out']"));
    }

    [Fact]
    public async Task An_offer_shows_on_the_next_page_and_closes_at_its_deadline_without_any_change_stored()
    {
        var (client, person) = await ReadyApplicantAsync("en");
        await RenderedThenGivenAsync(client, "/");

        // As the draw writes it: only the database's notice tells the site.
        await TestAppointments.OfferedForTodayAsync(app.Services, person, TimeSpan.FromMinutes(5));
        var (offered, fromMemory) = await given.GetAsync(client, "/");
        Assert.False(fromMemory, "The home was given from memory after an offer was stored.");
        Assert.Equal("You were offered an appointment", Heading(await offered.ParseAsync()));
        var (_, remembered) = await RenderedThenGivenAsync(client, "/");
        Assert.Contains("You were offered an appointment", remembered, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var (closed, closedFromMemory) = await given.GetAsync(client, "/");

        Assert.False(closedFromMemory, "The home was given from memory after the offer's deadline.");
        Assert.Equal("The time to confirm your offer has passed", Heading(await closed.ParseAsync()));
    }

    [Fact]
    public async Task A_settings_change_shows_on_the_next_page_even_if_its_notice_never_came()
    {
        var (client, _) = await ReadyApplicantAsync("en");
        await RenderedThenGivenAsync(client, "/");
        var settings = app.Services.GetRequiredService<Border.Shared.Settings.SettingsReloader>();

        // The rows are written with the notices' triggers off, as if this node had missed the notice: the settings' own
        // reload must be enough.
        await using (var command = app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand($"""
            SET session_replication_role = replica;
            INSERT INTO platform.settings (key, value, changed_at, changed_by) VALUES
                ('{Border.Shared.Settings.SettingKeys.DrawSuspended}', 'true', now(), gen_random_uuid()),
                ('{Border.Shared.Settings.SettingKeys.DrawSuspendedReasonEnglish}', 'The ports are closed for the holiday.', now(), gen_random_uuid()),
                ('{Border.Shared.Settings.SettingKeys.DrawSuspendedReasonSpanish}', 'Los puertos están cerrados por el feriado.', now(), gen_random_uuid())
            ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            SET session_replication_role = origin;
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            settings.ReloadNow();
            var (page, fromMemory) = await given.GetAsync(client, "/");

            Assert.False(fromMemory, "The home was given from memory after the settings changed.");
            Assert.Contains("The ports are closed for the holiday.", (await page.ParseAsync()).QuerySelector(".standing .notice")?.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await SendAsync(new LiftDrawSuspension(Guid.CreateVersion7()));
        }
    }

    [Fact]
    public async Task Another_language_a_visitor_and_a_staff_member_are_each_rendered_their_own_page()
    {
        var (client, _) = await ReadyApplicantAsync("en");
        await RenderedThenGivenAsync(client, "/");

        await client.GetAsync("/language/es?returnUrl=/");
        var (spanish, fromMemory) = await given.GetAsync(client, "/");
        Assert.False(fromMemory, "The English home was given after switching to Spanish.");
        Assert.Equal("Citas en la frontera", (await spanish.ParseAsync()).QuerySelector("h1")!.TextContent.Trim());

        var visitor = app.CreateBrowserClient();
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        foreach (var other in new[] { visitor, officer })
        {
            for (var visit = 0; visit < 3; visit++)
            {
                var (response, otherFromMemory) = await given.GetAsync(other, "/");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.False(otherFromMemory, "A visitor's or a staff member's page was given from memory.");
            }
        }
    }

    [Fact]
    public async Task A_page_at_an_address_with_a_query_is_rendered_every_time()
    {
        var (client, _) = await ReadyApplicantAsync("en");
        await RenderedThenGivenAsync(client, "/appointments");

        for (var visit = 0; visit < 3; visit++)
        {
            var (response, fromMemory) = await given.GetAsync(client, "/appointments?withdrawn=true");
            Assert.False(fromMemory, "A page with a query was given from memory.");
            Assert.Contains("Your request is withdrawn.", (await response.ParseAsync()).QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        }
    }

    public void Dispose() => given.Dispose();

    /// <summary>
    /// A page rendered and the next visit's, given from memory. A job that writes for a new person (a welcome) may
    /// forget them in between; then the next pair is tried, and the test fails if no visit is ever given.
    /// </summary>
    private async Task<(string Rendered, string Given)> RenderedThenGivenAsync(HttpClient client, string path)
    {
        var (first, second) = await RenderedThenGivenResponsesAsync(client, path, acceptEncoding: null);
        return (await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    /// <summary>As above; the second visit asks for <paramref name="acceptEncoding"/> when given.</summary>
    private async Task<(HttpResponseMessage Rendered, HttpResponseMessage Given)> RenderedThenGivenResponsesAsync(
        HttpClient client, string path, string? acceptEncoding)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var (first, _) = await given.GetAsync(client, path);
            var (second, fromMemory) = await given.GetAsync(client, path, acceptEncoding);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            if (fromMemory)
            {
                return (first, second);
            }
        }

        Assert.Fail($"{path} was never given from memory in ten repeated visits.");
        throw new UnreachableException();
    }

    /// <summary>A ready applicant signed in, at the fixture's hour whatever an earlier test did to the clock.</summary>
    private Task<(HttpClient Client, Guid Id)> ReadyApplicantAsync(string culture)
    {
        app.Clock.Advance(Now - app.Clock.GetUtcNow());
        return Applicants.ReadySignedInAsync(app, culture);
    }

    private static string Heading(AngleSharp.Dom.IDocument page) => page.QuerySelector(".standing h2")!.TextContent.Trim();

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
