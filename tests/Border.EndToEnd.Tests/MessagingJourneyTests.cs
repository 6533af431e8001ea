using Border.EndToEnd.Tests.Infrastructure;
using Border.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>
/// A question and its answer, in Spanish with JavaScript off: the applicant asks a general question with a photo, a
/// supervisor keeps a saved reply in both languages, an officer chooses the name applicants see, opens the photo and
/// answers with the saved reply, the applicant sees the unread count, reads the answer in Spanish and gets an email
/// that says only that there is a message. Every page is weighed (the applicant's) and checked by axe.
/// </summary>
public sealed class MessagingJourneyTests(SiteFixture site, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    private const string Subject = "¿Puedo llevar a mi perro?";
    private const string Question = "Viajamos con un perro pequeño.\nLes mando una foto de su cartilla de vacunas.";
    private const string AnswerInEnglish = "Yes, you may bring your pet with its current vaccination record.\nShow it at the port.";
    private const string Answer = "Sí, puede traer a su mascota con su cartilla de vacunas vigente.\nMuéstrela en el puerto.";

    [Fact(Timeout = 600_000)]
    public async Task An_applicant_asks_with_a_photo_an_officer_answers_with_a_saved_reply_and_the_applicant_reads_it_in_spanish_without_javascript()
    {
        var email = RegistrationSteps.NewEmail();
        // A thread of its own: building a host is synchronous work, which must not hold up the timeout.
        await Task.Run(() => ReadyApplicantAsync(email)).WaitAsync(TimeSpan.FromMinutes(1));
        var photo = TestImages.WritePng("cartilla.png");
        await using var checks = new PageChecks(site, output);
        await using var applicantContext = await site.NewContextAsync(javaScriptEnabled: false, NarrowScreen.Viewport);
        var applicant = await site.NewPageAsync(applicantContext);
        await applicant.GotoAsync("/language/es?returnUrl=/");
        await SignInSteps.SubmitPasswordAsync(applicant, email, TestApplicants.Password);
        await SignInSteps.WaitForPathAsync(applicant, "/");

        await applicant.Locator("header a[href='/messages']").ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, "/messages");
        await Expect(applicant.Locator("main")).ToContainTextAsync("Todavía no tiene mensajes.");
        await checks.ApplicantPageAsync(applicant);
        await applicant.Locator("main a[href='/messages/new']").ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, "/messages/new");
        await Expect(applicant.Locator("main h1")).ToHaveTextAsync("Escribir un mensaje nuevo");
        await checks.ApplicantPageAsync(applicant);
        await Expect(applicant.GetByLabel("Una pregunta general")).ToBeCheckedAsync();
        await applicant.GetByLabel("Asunto").FillAsync(Subject);
        await applicant.GetByLabel("Mensaje", new() { Exact = true }).FillAsync(Question);
        await applicant.GetByLabel("Archivo 1 (opcional)").SetInputFilesAsync(photo);
        await applicant.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Enviar", Exact = true }).ClickAsync();

        await Expect(applicant.Locator("main h1")).ToHaveTextAsync(Subject);
        var conversationPath = SignInSteps.PathOf(applicant.Url);
        Assert.Matches("^/messages/[0-9a-f-]{36}$", conversationPath);
        await Expect(applicant.Locator("main .hint").First).ToContainTextAsync("En espera de un oficial");
        await Expect(applicant.Locator("main #messages > li")).ToHaveCountAsync(1);
        await Expect(applicant.Locator("main #messages > li").First).ToContainTextAsync("Usted");
        await Expect(applicant.Locator("main #messages a[href*='/attachments/']")).ToHaveCountAsync(1);
        await checks.ApplicantPageAsync(applicant);

        // A supervisor keeps a saved reply in English and Spanish.
        var replyTitle = $"Mascotas {Guid.NewGuid():N}"[..16];
        await using (var supervisorContext = await site.NewContextAsync(javaScriptEnabled: false))
        {
            var supervisor = await site.NewPageAsync(supervisorContext);
            await SignInSteps.SignInAsync(supervisor, DemoAccount.Supervisor);
            await supervisor.GotoAsync("/language/es?returnUrl=%2Fstaff%2Fmessages%2Freplies");
            await Expect(supervisor.Locator("main h1")).ToHaveTextAsync("Respuestas guardadas");
            await checks.StaffPageAsync(supervisor);
            await supervisor.GetByLabel("Título (los oficiales eligen por él)").FillAsync(replyTitle);
            await supervisor.GetByLabel("Respuesta en inglés").FillAsync(AnswerInEnglish);
            await supervisor.GetByLabel("Respuesta en español").FillAsync(Answer);
            await supervisor.GetByRole(AriaRole.Button, new() { Name = "Añadir" }).ClickAsync();
            var saved = supervisor.Locator("main ul.inbox").GetByRole(AriaRole.Link, new() { Name = replyTitle });
            await Expect(saved).ToHaveCountAsync(1);
            await checks.StaffPageAsync(supervisor);
            await saved.ClickAsync();
            await Expect(supervisor.GetByLabel("Respuesta en español")).ToHaveValueAsync(Answer);
            await checks.StaffPageAsync(supervisor);
        }

        // An officer chooses the name applicants see, finds the question among the unassigned, opens the photo and
        // answers with the saved reply.
        await using var officerContext = await site.NewContextAsync(javaScriptEnabled: false);
        var officer = await site.NewPageAsync(officerContext);
        await SignInSteps.SignInAsync(officer, DemoAccount.Officer);
        await officer.GotoAsync("/language/es?returnUrl=%2Fstaff%2Fmessages%2Fname");
        await Expect(officer.Locator("main h1")).ToHaveTextAsync("Su nombre en los mensajes");
        await checks.StaffPageAsync(officer);
        await officer.GetByLabel("Nombre después de \"Oficial\"").FillAsync("Marta");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Expect(officer.Locator("main .notice")).ToHaveTextAsync("Guardado.");
        await checks.StaffPageAsync(officer);
        await officer.Locator("main a[href='/staff/messages']").ClickAsync();
        await SignInSteps.WaitForPathAsync(officer, "/staff/messages");
        await Expect(officer.Locator("main h1")).ToHaveTextAsync("Mensajes");
        await checks.StaffPageAsync(officer);
        await officer.Locator("main table").GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
        var staffPath = $"/staff{conversationPath}";
        await SignInSteps.WaitForPathAsync(officer, staffPath);
        await Expect(officer.Locator("main #messages > li").First).ToContainTextAsync("Viajamos con un perro pequeño.");
        await checks.StaffPageAsync(officer);
        var attachment = officer.Locator("main #messages a[href*='/attachments/']");
        var response = await officerContext.APIRequest.GetAsync((await attachment.GetAttributeAsync("href"))!);
        Assert.True(response.Ok, $"The attachment answered {response.Status}.");
        Assert.Equal("image/png", response.Headers["content-type"]);
        TestImages.AssertSamePicture(TestImages.Png, await response.BodyAsync());

        await officer.GetByRole(AriaRole.Button, new() { Name = "Asignármela" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Asignármela" })).ToHaveCountAsync(0);
        await officer.GetByLabel("Respuesta guardada").SelectOptionAsync(new SelectOptionValue { Label = replyTitle });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Usar esta respuesta" }).ClickAsync();
        // Put in the applicant's language (Spanish), to edit before sending.
        await Expect(officer.GetByLabel("Mensaje", new() { Exact = true })).ToHaveValueAsync(Answer);
        await checks.StaffPageAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Enviar la respuesta" }).ClickAsync();
        await Expect(officer.Locator("main #messages > li")).ToHaveCountAsync(2);
        await Expect(officer.Locator("main .hint").First).ToContainTextAsync("En espera del solicitante");
        await checks.StaffPageAsync(officer);

        // The email says only that there is a message, with a link to it; never its words.
        var notice = await site.WaitForEmailAsync(email, "Tiene un mensaje nuevo");
        var text = notice.Message.Single("text/plain").Text;
        Assert.Contains("Un oficial respondió su mensaje.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cartilla", text, StringComparison.OrdinalIgnoreCase);

        // The applicant sees the unread count in the header, the conversation marked new, and reads the answer.
        await applicant.GotoAsync("/");
        await Expect(applicant.Locator("header a[href='/messages']")).ToHaveTextAsync("Mensajes (1)");
        await applicant.Locator("header a[href='/messages']").ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, "/messages");
        var listed = applicant.Locator("main ol.inbox > li", new() { HasText = Subject });
        await Expect(listed).ToContainTextAsync("Nuevo");
        await Expect(listed).ToContainTextAsync("Respondido");
        await checks.ApplicantPageAsync(applicant);
        await listed.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
        await SignInSteps.WaitForPathAsync(applicant, conversationPath);
        var newest = applicant.Locator("main #messages > li").First;
        // The name the officer chose, never their email; the saved reply in Spanish.
        await Expect(newest.Locator("strong")).ToHaveTextAsync("Oficial Marta");
        await Expect(newest).ToContainTextAsync("Sí, puede traer a su mascota con su cartilla de vacunas vigente.");
        // Line breaks are kept, as the officer typed them.
        Assert.Contains("vigente.\nMuéstrela", await newest.Locator("p").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await Expect(applicant.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await checks.ApplicantPageAsync(applicant);
        await applicant.GotoAsync("/");
        await Expect(applicant.Locator("header a[href='/messages']")).ToHaveTextAsync("Mensajes (0)");
    }

    /// <summary>Registered in Spanish, address confirmed, profile done through Accounts' own use cases.</summary>
    private async Task ReadyApplicantAsync(string email)
    {
        await using var host = site.BuildHost();
        var id = await TestApplicants.RegisterAsync(host.Services, email, culture: "es");
        await TestApplicants.ConfirmEmailAsync(host.Services, id);
        await TestApplicants.CompleteProfileAsync(host.Services, id);
    }
}
