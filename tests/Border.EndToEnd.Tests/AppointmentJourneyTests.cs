using System.Text.RegularExpressions;
using Border.EndToEnd.Tests.Infrastructure;
using Border.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>
/// An appointment from request to the port, in Spanish with JavaScript off: the applicant requests, a supervisor
/// runs the draw by hand, the applicant confirms the offer step by step and gets the email, and on the day an
/// officer checks the group in. The site's clock starts in the request window and moves on to the appointment day.
/// </summary>
public sealed partial class AppointmentJourneyTests(WindowOpenSiteFixture site, ITestOutputHelper output) : IClassFixture<WindowOpenSiteFixture>
{
    /// <summary>An applicant page's first visit, HTML and CSS with Brotli (DESIGN.md).</summary>
    private const int PageBudget = 14 * 1024;

    private const string Applicant = "María José Pérez López";
    private const string Companion = "Lucía Pérez 1";

    [Fact(Timeout = 300_000)]
    public async Task An_applicant_requests_confirms_an_offer_and_is_checked_in_in_spanish_without_javascript()
    {
        var email = RegistrationSteps.NewEmail();
        // A thread of its own: building a host is synchronous work, which must not hold up the timeout.
        await Task.Run(() => ReadyApplicantAsync(email)).WaitAsync(TimeSpan.FromMinutes(1));
        // The draw is the day after the window and fills the date 14 days after that.
        var appointmentDate = site.WindowDate.AddDays(15);
        var photo = TestImages.WritePng("yo.png");
        await using var applicantContext = await site.NewContextAsync(javaScriptEnabled: false, NarrowScreen.Viewport);
        var applicant = await site.NewPageAsync(applicantContext);
        await applicant.GotoAsync("/language/es?returnUrl=/");
        await SignInSteps.SubmitPasswordAsync(applicant, email, TestApplicants.Password);
        await SignInSteps.WaitForPathAsync(applicant, "/");
        await using var axeContext = await site.NewContextAsync(viewport: NarrowScreen.Viewport);
        var axe = await site.NewPageAsync(axeContext);
        await axe.GotoAsync("/language/es?returnUrl=/");
        await SignInSteps.SubmitPasswordAsync(axe, email, TestApplicants.Password);
        await SignInSteps.WaitForPathAsync(axe, "/");

        await applicant.GotoAsync("/appointments/request");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Pedir una cita");
        await WeighAsync(applicant);
        await applicant.Locator("main input[name='Input.PortCode'][value='san-ysidro']").CheckAsync();
        await Expect(applicant.GetByLabel("¿En qué estado de México está ahora?")).ToHaveValueAsync("BCN");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Enviar mi solicitud" }).ClickAsync();
        await Expect(applicant).ToHaveURLAsync(RequestReceived());
        await NarrowScreen.AssertFitsAsync(axe, SignInSteps.PathOf(applicant.Url));
        await NarrowScreen.AssertHomeSaysAsync(axe, "Su solicitud espera el sorteo");

        // A draw by hand waits for the window to close: the site's clock moves past midnight Eastern first.
        var afterWindow = TimeSpan.FromHours(11);
        site.Clock.Advance(afterWindow);
        await using (var supervisorContext = await site.NewContextAsync(javaScriptEnabled: false))
        {
            var supervisor = await site.NewPageAsync(supervisorContext);
            await SignInSteps.SignInAsync(supervisor, DemoAccount.Supervisor, site.Clock);
            await supervisor.GotoAsync("/language/es?returnUrl=/staff/allocation/run");
            await Expect(supervisor.Locator("main h1")).ToHaveTextAsync("Realizar el sorteo de una fecha");
            await supervisor.GetByLabel("Fecha de las citas").FillAsync(appointmentDate.ToString("yyyy-MM-dd"));
            await supervisor.GetByRole(AriaRole.Button, new() { Name = "Continuar" }).ClickAsync();
            await supervisor.GetByRole(AriaRole.Button, new() { Name = "Sí, realizar el sorteo" }).ClickAsync();
            await SignInSteps.WaitForPathAsync(supervisor, "/staff/allocation");
        }

        // The applicant comes back after the draw, past the eight hours a sign-in lasts, and signs in again.
        foreach (var page in new[] { applicant, axe })
        {
            await SignInAgainAsync(page, email);
        }

        await NarrowScreen.AssertHomeSaysAsync(axe, "Le ofrecimos una cita");
        await applicant.GotoAsync("/appointments");
        await NarrowScreen.AssertFitsAsync(axe, "/appointments");
        await applicant.Locator("main a[href^='/appointments/offers/']").First.ClickAsync();
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Su confirmación está pendiente");
        await Expect(applicant.Locator("main")).ToContainTextAsync("San Ysidro");
        await Expect(applicant.Locator("main .details strong")).ToHaveTextAsync(Countdown());
        var offerPath = SignInSteps.PathOf(applicant.Url);
        await WeighAsync(applicant);
        await AxeAsync(axe, applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Aceptar" }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{offerPath}/photos/1");
        await WeighAsync(applicant);
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync($"Una foto en vivo de {Applicant}");
        await Expect(applicant.Locator("main input[type=file]")).ToHaveAttributeAsync("capture", "user");
        await AxeAsync(axe, applicant);
        await applicant.GetByLabel($"Foto de {Applicant}").SetInputFilesAsync(photo);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Subir y continuar" }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{offerPath}/photos/2");
        await WeighAsync(applicant);
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync($"Una foto en vivo de {Companion}");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "No puedo tomar esta foto" }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{offerPath}/location");
        await WeighAsync(applicant);
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("¿Dónde está ahora?");
        await AxeAsync(axe, applicant);
        await applicant.GetByLabel("¿En qué estado de México está ahora?").SelectOptionAsync("BCN");
        await applicant.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Continuar" }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{offerPath}/review");
        await WeighAsync(applicant);
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Revise su cita");
        await Expect(applicant.Locator("main ul.group > li")).ToHaveCountAsync(2);
        await Expect(applicant.Locator("main ul.group > li").Nth(1)).ToContainTextAsync(Companion);
        await AxeAsync(axe, applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Programar", Exact = true }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{offerPath}/schedule");
        await WeighAsync(applicant);
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("¿Programar esta cita?");
        await AxeAsync(axe, applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Sí, programar" }).ClickAsync();

        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Su cita está confirmada");
        await WeighAsync(applicant);
        var number = await applicant.Locator("main .details strong.key").InnerTextAsync();
        Assert.Matches("^APT-", number);
        await Expect(applicant.Locator("main .qr svg")).ToBeVisibleAsync();
        await AxeAsync(axe, applicant);

        await NarrowScreen.AssertHomeSaysAsync(axe, number);
        var message = await site.WaitForEmailAsync(email, "Su cita está confirmada");
        Assert.Contains($"Su número de confirmación es {number}.", message.Message.Single("text/plain").Text, StringComparison.Ordinal);


        // The appointment is fifteen days after the window: the officer at the port opens it that day.
        site.Clock.Advance(TimeSpan.FromDays(15) - afterWindow);
        await using var officerContext = await site.NewContextAsync(javaScriptEnabled: false);
        var officer = await site.NewPageAsync(officerContext);
        await SignInSteps.SignInAsync(officer, DemoAccount.Officer, site.Clock);
        await officer.GotoAsync("/language/es?returnUrl=/staff/check-in");
        await officer.GetByLabel("Número de confirmación").FillAsync(number.ToLowerInvariant());
        await officer.GetByRole(AriaRole.Button, new() { Name = "Buscar la cita" }).ClickAsync();
        await Expect(officer.Locator("main h1")).ToHaveTextAsync($"Cita {number}");
        await Expect(officer.Locator("main section.traveller")).ToHaveCountAsync(2);
        await AssertPhotoShownAsync(officerContext, officer.GetByAltText($"Foto en vivo de {Applicant}"));
        await AssertPhotoShownAsync(officerContext, officer.GetByAltText($"Documento de identidad de {Applicant}"));
        await AssertPhotoShownAsync(officerContext, officer.GetByAltText($"Documento de identidad de {Companion}"));
        await Expect(officer.Locator("main section.traveller").Nth(1)).ToContainTextAsync("Sin foto en vivo");

        await officer.Locator($"main ul.actions a[href$='/arrived']").ClickAsync();
        await Expect(officer.Locator("main h1")).ToHaveTextAsync($"¿Registrar que el grupo de {number} llegó?");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sí, registrar llegada" }).ClickAsync();
        await Expect(officer.Locator("main h1")).ToHaveTextAsync($"Cita {number}");
        await Expect(officer.Locator("main .notice").First).ToContainTextAsync("Registrado: Registrada en el puerto.");
        // Two weeks on, the applicant signs in again to see the visit recorded.
        await SignInAgainAsync(axe, email);
        await NarrowScreen.AssertHomeSaysAsync(axe, "Usted se presentó en el puerto");
        await NarrowScreen.AssertFitsAsync(axe, "/appointments");
    }

    private static async Task SignInAgainAsync(IPage page, string email)
    {
        await SignInSteps.SubmitPasswordAsync(page, email, TestApplicants.Password);
        await SignInSteps.WaitForPathAsync(page, "/");
    }

    /// <summary>
    /// axe runs as script, which the journey's context has off: the same page is checked in <paramref name="withScript"/>,
    /// the applicant signed in a second time with script on. Reading a page changes nothing, so the journey goes on as it was.
    /// </summary>
    private static async Task AxeAsync(IPage withScript, IPage journey)
    {
        await withScript.GotoAsync(journey.Url);
        Assert.Equal(SignInSteps.PathOf(journey.Url), SignInSteps.PathOf(withScript.Url));
        await Axe.AssertNoViolationsAsync(withScript).WaitAsync(TimeSpan.FromMinutes(1));
        await NarrowScreen.AssertFitsAsync(withScript, SignInSteps.PathOf(journey.Url));
    }

    /// <summary>Registered in Spanish, address confirmed, profile done for two through Accounts' own use cases.</summary>
    private async Task ReadyApplicantAsync(string email)
    {
        await using var host = site.BuildHost();
        var id = await TestApplicants.RegisterAsync(host.Services, email, culture: "es");
        await TestApplicants.ConfirmEmailAsync(host.Services, id);
        await TestApplicants.CompleteProfileAsync(host.Services, id, companions: 1);
    }

    /// <summary>
    /// The page the applicant is on, as a first visit costs it on the wire (HTML and CSS, Brotli), within the budget.
    /// Weighed while it is the current step: once confirmed, the earlier steps only redirect.
    /// </summary>
    private async Task WeighAsync(IPage journey)
    {
        var path = SignInSteps.PathOf(journey.Url);
        var cookies = await journey.Context.CookiesAsync();
        using var wire = site.CreateWireClient();
        var transfers = await PageWeight.FirstVisitAsync(wire, path, string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var total = transfers.Sum(transfer => transfer.Bytes);
        var report = string.Join("\n  ", transfers);
        output.WriteLine($"{path}: {total} of {PageBudget} bytes\n  {report}");
        Assert.All(transfers, transfer => Assert.Equal("br", transfer.Encoding));
        Assert.True(total <= PageBudget, $"{path} costs {total} bytes, over the {PageBudget}-byte budget:\n  {report}");
    }

    /// <summary>The image is on the page and the officer's browser can load it as an image.</summary>
    private async Task AssertPhotoShownAsync(IBrowserContext context, ILocator image)
    {
        await Expect(image).ToBeVisibleAsync();
        var source = await image.GetAttributeAsync("src");
        var response = await context.APIRequest.GetAsync(source!);
        Assert.True(response.Ok, $"{source}: {response.Status}\n{site.ServerErrors()}");
        Assert.StartsWith("image/", response.Headers["content-type"], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/appointments/requests/[0-9a-f-]{36}\?received=true$")]
    private static partial Regex RequestReceived();

    /// <summary>Default deadline is 23 hours after the draw, so a moment later: "Quedan 22 horas y 59 minutos" or so.</summary>
    [GeneratedRegex(@"^Quedan 2[23] horas y \d{1,2} minutos$")]
    private static partial Regex Countdown();
}
