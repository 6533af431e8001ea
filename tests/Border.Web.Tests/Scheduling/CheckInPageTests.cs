using System.Net;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Web.Tests.Scheduling;

/// <summary>
/// Check-in at the port, on the real clock (a staff member's authenticator code is for the time it really is): the
/// appointment is made for today at San Ysidro, whatever day that is.
/// </summary>
public sealed class CheckInPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<T> Send<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private Task<(Guid Appointment, string Number)> ConfirmedForTodayAsync() => TestAppointments.ConfirmedForTodayAsync(app.Services);

    private async Task<HttpClient> SignedInAsync(string email, string culture = "en")
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);
        await client.GetAsync($"/language/{culture}?returnUrl=/");
        return client;
    }

    [Fact]
    public async Task An_officer_finds_the_appointment_from_its_qr_link_compares_the_photos_and_records_the_arrival_once()
    {
        var (appointment, number) = await ConfirmedForTodayAsync();
        var officer = await SignedInAsync("officer@border.test");

        var found = await officer.GetAsync($"/staff/check-in?number={Uri.EscapeDataString(" " + number.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))}");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var path = found.Headers.Location!.OriginalString;
        Assert.Equal($"/staff/check-in/{appointment}", path);

        var page = await officer.GetPageAsync(path);
        Assert.Contains(number, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Traveller 1: María José Pérez López", "Traveller 2: Lucía Pérez 1"], page.QuerySelectorAll(".traveller h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("No live photo: check identity in person.", page.QuerySelectorAll(".traveller")[1].TextContent, StringComparison.Ordinal);
        var images = page.QuerySelectorAll(".traveller img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(3, images.Count);
        foreach (var image in images)
        {
            var photo = await officer.GetAsync(image);
            // The page shows the view size made at upload (a JPEG), never the original.
            Assert.EndsWith("?size=view", image, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (photo.StatusCode, photo.Content.Headers.ContentType!.MediaType));
            TestImages.AssertSamePicture(TestImages.Png, await photo.Content.ReadAsByteArrayAsync());
        }

        var confirm = await officer.GetPageAsync($"{path}/arrived");
        Assert.Equal($"Record that the group of {number} arrived?", confirm.QuerySelector("h1")!.TextContent.Trim());
        var recorded = await officer.PostFormAsync($"{path}/arrived", new Dictionary<string, string>());
        Assert.Equal($"{path}?recorded=true", recorded.Headers.Location!.OriginalString);
        Assert.Contains("Recorded: Checked in.", (await officer.GetPageAsync(recorded.Headers.Location.OriginalString)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var again = await officer.PostFormAsync($"{path}/no-show", new Dictionary<string, string>());
        Assert.Equal($"{path}?already=true", again.Headers.Location!.OriginalString);
        var after = await officer.GetPageAsync(again.Headers.Location.OriginalString);
        Assert.Contains("the first one stands: Checked in.", after.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='{path}/arrived']"));

        var today = (await Send(new ViewCheckIn(Guid.Empty, appointment)))!.Date.ToString("yyyy-MM-dd");
        var roster = await officer.GetPageAsync($"/staff/ports/san-ysidro/roster?date={today}");
        var row = roster.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("Checked in", row.TextContent, StringComparison.Ordinal);
        var download = await officer.GetAsync($"/staff/ports/san-ysidro/roster?handler=csv&date={today}");
        Assert.True(download.Headers.CacheControl!.NoStore);
        var csv = await download.Content.ReadAsStringAsync();
        Assert.Matches($@"{number},2,CheckedIn,yes,{today}T\d\d:\d\d:\d\d[-+]\d\d:\d\d", csv);
    }

    [Fact]
    public async Task Applicants_get_404_on_every_check_in_page_and_photo()
    {
        var (appointment, number) = await ConfirmedForTodayAsync();
        var applicant = await SignedInAsync("applicant@border.test");
        var live = Guid.CreateVersion7();

        foreach (var path in new[]
        {
            "/staff/check-in", $"/staff/check-in?number={number}", $"/staff/check-in/{appointment}", $"/staff/check-in/{appointment}/arrived",
            $"/staff/check-in/{appointment}/live-photos/{live}", $"/staff/check-in/{appointment}/documents/{live}/{live}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task A_document_named_beside_another_applicants_appointment_is_404()
    {
        var (mine, _) = await ConfirmedForTodayAsync();
        var (theirs, _) = await ConfirmedForTodayAsync();
        var officer = await SignedInAsync("officer@border.test");
        var page = await officer.GetPageAsync($"/staff/check-in/{mine}");
        var document = page.QuerySelectorAll(".traveller img").Select(i => i.GetAttribute("src")!).First(s => s.Contains("/documents/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(document)).StatusCode);

        // The same applicant and file, named beside an appointment that is not theirs, or beside no appointment at all.
        foreach (var other in new[] { theirs, Guid.CreateVersion7() })
        {
            var forged = document.Replace(mine.ToString(), other.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(forged)).StatusCode);
        }
    }

    [Theory]
    [InlineData("en", "Enter the confirmation number.", "No appointment has the confirmation number APT-2222-2222. Check the number and try again.", "Say in a few words what did not match.")]
    [InlineData("es", "Escriba el número de confirmación.", "Ninguna cita tiene el número de confirmación APT-2222-2222. Revise el número e inténtelo de nuevo.", "Indique en pocas palabras qué no coincidía.")]
    public async Task Messages_for_an_empty_or_unknown_number_and_a_mismatch_without_a_note_are_in_the_officers_language(
        string culture, string empty, string unknown, string note)
    {
        var (appointment, _) = await ConfirmedForTodayAsync();
        var officer = await SignedInAsync("supervisor@border.test", culture);

        var blank = await officer.GetPageAsync("/staff/check-in?number=+");
        var missing = await officer.GetPageAsync("/staff/check-in?number=apt2222%202222");
        var mismatch = await officer.PostFormAsync($"/staff/check-in/{appointment}/identity-mismatch", new Dictionary<string, string> { ["Note"] = "" });

        Assert.Equal([empty], blank.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Equal(empty, blank.QuerySelector("#number")!.ParentElement!.QuerySelector(".error")!.TextContent.Trim());
        Assert.Equal(unknown, missing.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Equal("apt2222 2222", missing.QuerySelector("#number")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Equal([note], (await mismatch.ParseAsync()).QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
    }
}
