using System.Text.RegularExpressions;
using Border.EndToEnd.Tests.Infrastructure;
using Border.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>
/// A case from the first question to an approval on appeal, in Spanish with JavaScript off: the applicant sends
/// advance information with a document and gets the receipt by email, an officer asks for a document, the applicant
/// sends it, the officer denies with a reason, the applicant appeals, a supervisor overturns the denial and the
/// applicant reads the approval. Every page is weighed (the applicant's) and checked by axe.
/// </summary>
public sealed partial class CaseJourneyTests(SiteFixture site, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    private const string ChecksFinished = "Terminaron las comprobaciones automáticas";

    [Fact(Timeout = 600_000)]
    public async Task An_applicant_sends_advance_information_answers_a_request_appeals_a_denial_and_reads_the_approval_in_spanish_without_javascript()
    {
        var email = RegistrationSteps.NewEmail();
        // A thread of its own: building a host is synchronous work, which must not hold up the timeout.
        await Task.Run(() => ReadyApplicantAsync(email)).WaitAsync(TimeSpan.FromMinutes(1));
        var document = TestImages.WritePng("apoyo.png");
        await using var checks = new PageChecks(site, output);
        await using var applicantContext = await site.NewContextAsync(javaScriptEnabled: false, NarrowScreen.Viewport);
        var applicant = await site.NewPageAsync(applicantContext);
        await applicant.GotoAsync("/language/es?returnUrl=/");
        await SignInSteps.SubmitPasswordAsync(applicant, email, TestApplicants.Password);
        await SignInSteps.WaitForPathAsync(applicant, "/");

        await applicant.GotoAsync("/cases");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Mis casos");
        await checks.ApplicantPageAsync(applicant);
        await applicant.Locator("main a[href='/cases/new/advance-information']").ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, "/cases/new/advance-information");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Información anticipada para el trámite en un puerto");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Empezar ahora" }).ClickAsync();

        await AnswerAsync(applicant, checks, "purpose", "¿Por qué viaja su grupo a los Estados Unidos?", page => page.Locator("main input[name=Answer][value=protection]").CheckAsync());
        var caseId = Guid.Parse(CaseIdIn().Match(applicant.Url).Groups["id"].Value);
        var casePath = $"/cases/{caseId}";
        await AnswerAsync(applicant, checks, "coming-from", null, page => page.Locator("main #Answer").FillAsync("Tijuana, Baja California"));
        await AnswerAsync(applicant, checks, "special-need", null, page => page.GetByLabel("No, nadie").CheckAsync());
        await AnswerAsync(applicant, checks, "special-need-details", null, _ => Task.CompletedTask);
        await AnswerAsync(applicant, checks, "earlier-history", null, page => page.GetByLabel("No, nadie").CheckAsync());
        await AnswerAsync(applicant, checks, "earlier-history-details", null, _ => Task.CompletedTask);

        await SignInSteps.WaitForPathAsync(applicant, $"{casePath}/documents/supporting");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByLabel("Foto o PDF del documento").SetInputFilesAsync(document);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Subir", Exact = true }).ClickAsync();
        await Expect(applicant.Locator("main [role=status]")).ToHaveTextAsync("Su archivo está guardado.");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Continuar", Exact = true }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{casePath}/check");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Revise sus respuestas");
        await Expect(applicant.Locator("main #coming-from")).ToContainTextAsync("Tijuana, Baja California");
        await Expect(applicant.Locator("main #document-supporting")).ToContainTextAsync("1 archivo");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Enviar el caso" }).ClickAsync();

        await SignInSteps.WaitForPathAsync(applicant, $"{casePath}/receipt");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Caso enviado");
        var receipt = await applicant.Locator("main .notice .key").InnerTextAsync();
        Assert.Matches(@"^CAS-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$", receipt);
        await checks.ApplicantPageAsync(applicant);
        await ExpectPrintedAsync(applicant, "main .notice .key");
        var received = await site.WaitForEmailAsync(email, "Recibimos su información");
        Assert.Contains($"Su número de referencia es {receipt}.", received.Message.Single("text/plain").Text, StringComparison.Ordinal);

        // The officer finds the case in the queue (it has no port yet), waits for its checks, takes it and asks for a document.
        await using var officerContext = await site.NewContextAsync(javaScriptEnabled: false);
        var officer = await site.NewPageAsync(officerContext);
        await SignInSteps.SignInAsync(officer, DemoAccount.Officer);
        await officer.GotoAsync("/language/es?returnUrl=%2Fstaff%2Fcases%3Fport%3Dnone");
        await checks.StaffPageAsync(officer);
        await officer.Locator("main table").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await SignInSteps.WaitForPathAsync(officer, $"/staff{casePath}");
        await UntilChecksFinishedAsync(officer, times: 1);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tomar este caso" }).ClickAsync();
        await Expect(officer.Locator("main")).ToContainTextAsync("Usted tomó este caso.");
        await checks.StaffPageAsync(officer);
        const string asked = "Una foto de la página de su pasaporte con el sello de entrada.";
        await officer.GetByLabel("Lo que el solicitante debe enviar").FillAsync(asked);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Pedirlos" }).ClickAsync();
        await Expect(officer.Locator("main [role=status]")).ToHaveTextAsync("Hecho.");
        await Expect(officer.Locator("main")).ToContainTextAsync(asked);

        // The applicant hears of it, opens the case and sends the document with a note.
        await site.WaitForEmailAsync(email, "Un oficial necesita más documentos");
        await applicant.GotoAsync(casePath);
        await Expect(applicant.Locator("main .notice h2")).ToHaveTextAsync("El oficial necesita más documentos");
        await Expect(applicant.Locator("main .notice")).ToContainTextAsync(asked);
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Enviar los documentos" }).ClickAsync();
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Enviar los documentos");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByLabel("Foto o PDF del documento").SetInputFilesAsync(document);
        await applicant.GetByLabel("Una nota para el oficial (opcional)").FillAsync("Es la página con el sello.");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Enviar", Exact = true }).ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, casePath);
        await Expect(applicant.Locator("main [role=status]")).ToHaveTextAsync("Sus documentos están enviados. El oficial los revisará.");
        await checks.ApplicantPageAsync(applicant);

        // The case comes back to the officer who asked; once its checks ran again, the officer denies it with a reason.
        await officer.GotoAsync($"/staff{casePath}");
        await Expect(officer.Locator("main")).ToContainTextAsync("Es la página con el sello.");
        await UntilChecksFinishedAsync(officer, times: 2);
        await checks.StaffPageAsync(officer);
        await officer.GetByLabel("Negar", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("La información dada no fue suficiente para decidir.").CheckAsync();
        await officer.GetByLabel("Nota para el solicitante (opcional)").FillAsync("El sello no se lee en la foto.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrar la decisión" }).ClickAsync();
        await Expect(officer.Locator("main [role=status]")).ToHaveTextAsync("Hecho.");
        await Expect(officer.Locator("main")).ToContainTextAsync("Denegado");

        // The applicant reads the denial and its reason, and appeals.
        await site.WaitForEmailAsync(email, "Se tomó una decisión sobre su caso");
        await applicant.GotoAsync(casePath);
        await Expect(applicant.Locator("main .letter")).ToContainTextAsync("Denegado");
        await Expect(applicant.Locator("main .letter")).ToContainTextAsync("La información dada no fue suficiente para decidir.");
        await Expect(applicant.Locator("main .letter")).ToContainTextAsync("El sello no se lee en la foto.");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Apelar la decisión" }).ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, $"{casePath}/appeal");
        await checks.ApplicantPageAsync(applicant);
        const string statement = "El sello se ve en la segunda foto que envié; puedo mostrar el pasaporte en el puerto.";
        await applicant.GetByLabel("¿Por qué la decisión está equivocada?").FillAsync(statement);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Enviar la apelación" }).ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, casePath);
        await Expect(applicant.Locator("main [role=status]")).ToHaveTextAsync("Su apelación está enviada. Un supervisor la revisará.");
        await checks.ApplicantPageAsync(applicant);

        // A supervisor, who did not make the decision, finds the appeal and overturns the denial.
        await using var supervisorContext = await site.NewContextAsync(javaScriptEnabled: false);
        var supervisor = await site.NewPageAsync(supervisorContext);
        await SignInSteps.SignInAsync(supervisor, DemoAccount.Supervisor);
        await supervisor.GotoAsync("/language/es?returnUrl=%2Fstaff%2Fappeals");
        await checks.StaffPageAsync(supervisor);
        await supervisor.Locator("main table").GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await SignInSteps.WaitForPathAsync(supervisor, $"/staff{casePath}");
        await Expect(supervisor.Locator("main")).ToContainTextAsync(statement);
        await checks.StaffPageAsync(supervisor);
        await supervisor.GetByLabel("La decisión se revocó: aprobado").CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Registrar la decisión de la apelación" }).ClickAsync();
        await Expect(supervisor.Locator("main [role=status]")).ToHaveTextAsync("Hecho.");

        // The applicant reads the approval, told by email too.
        var decided = await site.WaitForEmailAsync(email, "Se resolvió su apelación");
        Assert.Contains(receipt, decided.Message.Single("text/plain").Text, StringComparison.Ordinal);
        await applicant.GotoAsync(casePath);
        await Expect(applicant.Locator("main h2").First).ToHaveTextAsync("Estado: Aprobado");
        await Expect(applicant.Locator("main .letter strong")).ToHaveTextAsync("Aprobado");
        await Expect(applicant.Locator("main")).ToContainTextAsync("La decisión se revocó: aprobado");
        await Expect(applicant.GetByRole(AriaRole.Link, new() { Name = "Apelar la decisión" })).ToHaveCountAsync(0);
        await checks.ApplicantPageAsync(applicant);
        // Printed, a decided case is its decision letter: the answers and the history stay on screen.
        await ExpectPrintedAsync(applicant, "main .letter", "main .history", "main .answers");
    }

    /// <summary>Printed (the print stylesheet), the page keeps <paramref name="kept"/> and loses the header, footer, buttons, forms and <paramref name="gone"/>.</summary>
    private static async Task ExpectPrintedAsync(IPage page, string kept, params string[] gone)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(kept)).ToBeVisibleAsync();
        foreach (var selector in gone)
        {
            await Expect(page.Locator(selector)).ToBeHiddenAsync();
        }

        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(page.Locator("footer.foot")).ToBeHiddenAsync();
        foreach (var button in await page.Locator("main .button, main form").AllAsync())
        {
            await Expect(button).ToBeHiddenAsync();
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    /// <summary>One question page: it is the current step, passes the checks, is answered and sent.</summary>
    private static async Task AnswerAsync(IPage applicant, PageChecks checks, string key, string? heading, Func<IPage, Task> answer)
    {
        for (var attempt = 0; attempt < 300 && !applicant.Url.EndsWith($"/questions/{key}", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.EndsWith($"/questions/{key}", SignInSteps.PathOf(applicant.Url), StringComparison.Ordinal);
        if (heading is not null)
        {
            await Expect(applicant.Locator("main h1")).ToHaveTextAsync(heading);
        }

        await checks.ApplicantPageAsync(applicant);
        await answer(applicant);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Guardar y continuar" }).ClickAsync();
    }

    /// <summary>
    /// The checks run in the background after each submission and change the case, so a form loaded before they end
    /// would be refused as stale: the officer reloads until the history shows them done, as a person would.
    /// </summary>
    private static async Task UntilChecksFinishedAsync(IPage officer, int times)
    {
        var finished = officer.Locator("main ol.history li", new() { HasText = ChecksFinished });
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (await finished.CountAsync() >= times)
            {
                return;
            }

            await Task.Delay(500);
            await officer.ReloadAsync();
        }

        Assert.Fail($"The checks did not finish {times} time(s) within a minute on {officer.Url}.");
    }

    /// <summary>Registered in Spanish, address confirmed, profile done through Accounts' own use cases.</summary>
    private async Task ReadyApplicantAsync(string email)
    {
        await using var host = site.BuildHost();
        var id = await TestApplicants.RegisterAsync(host.Services, email, culture: "es");
        await TestApplicants.ConfirmEmailAsync(host.Services, id);
        await TestApplicants.CompleteProfileAsync(host.Services, id);
    }

    [GeneratedRegex(@"/cases/(?<id>[0-9a-f-]{36})/questions/")]
    private static partial Regex CaseIdIn();
}
