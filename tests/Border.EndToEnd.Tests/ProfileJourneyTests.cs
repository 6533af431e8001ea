using Border.EndToEnd.Tests.Infrastructure;
using Border.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>
/// The whole door, as a person on a cheap phone goes through it: register, confirm from the email that really
/// arrived, fill in the profile and a group of three with document photos, in Spanish, with JavaScript off.
/// </summary>
public sealed class ProfileJourneyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task An_applicant_registers_confirms_and_completes_a_profile_for_a_group_of_three_in_spanish_without_javascript()
    {
        var email = RegistrationSteps.NewEmail();
        var photo = TestImages.WritePng("documento.png");
        await using var context = await site.NewContextAsync(javaScriptEnabled: false);
        var page = await site.NewPageAsync(context);
        await page.GotoAsync("/language/es?returnUrl=/");
        await RegistrationSteps.RegisterAsync(page, email, RegistrationSteps.GoodPassword, culture: "es");
        await SignInSteps.WaitForPathAsync(page, "/account/check-email");
        await Expect(page.Locator("main .lead")).ToContainTextAsync(email);
        await SignInSteps.SubmitPasswordAsync(page, email, RegistrationSteps.GoodPassword);
        await SignInSteps.WaitForPathAsync(page, "/");
        var message = await site.WaitForEmailAsync(email);
        await page.GotoAsync(EmailConfirmationTests.ConfirmationLink().Match(message.Message.Single("text/plain").Text).Value);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Su correo electrónico está confirmado");

        await page.GotoAsync("/");
        await Expect(page.Locator(".progress")).ToContainTextAsync("0 de 8 pasos hechos.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Empezar su perfil" }).ClickAsync();

        await Expect(page.Locator("main h1")).ToHaveTextAsync("¿Cuál es su nombre?");
        await page.GetByLabel("Nombre completo").FillAsync("Rosa María Gómez Díaz");
        await ContinueAsync(page);
        await page.GetByLabel("Día").FillAsync("14");
        await page.GetByLabel("Mes").FillAsync("2");
        await page.GetByLabel("Año").FillAsync("1993");
        await page.GetByLabel("Femenino").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("País de nacimiento").SelectOptionAsync(new SelectOptionValue { Label = "Honduras" });
        await page.GetByLabel("Nacionalidad").SelectOptionAsync(new SelectOptionValue { Label = "Honduras" });
        await ContinueAsync(page);
        await page.GetByLabel("Número de teléfono (opcional)").FillAsync("+52 656 555 0101");
        await ContinueAsync(page);
        await page.GetByLabel("Ciudad o pueblo").FillAsync("Ciudad Juárez");
        await page.GetByLabel("Estado de la República Mexicana").SelectOptionAsync("CHH");
        await ContinueAsync(page);
        await page.GetByLabel("Calle y número").FillAsync("500 Mesa Street");
        await page.GetByLabel("Ciudad", new() { Exact = true }).FillAsync("El Paso");
        await page.GetByLabel("Estado", new() { Exact = true }).SelectOptionAsync("TX");
        await page.GetByLabel("Código postal (ZIP)").FillAsync("79901");
        await ContinueAsync(page);
        await FillDocumentAsync(page, "Pasaporte", "E5551234", "2031");
        await UploadAsync(page, "Foto o PDF del documento", photo);
        await UploadAsync(page, "Foto de su cara", photo);

        await Expect(page.Locator("main h1")).ToHaveTextAsync("Su grupo");
        foreach (var (name, year, relationship) in new[] { ("Daniel Gómez", "2015", "Hijo o hija"), ("Luis Gómez", "1990", "Cónyuge o pareja") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Agregar una persona" }).ClickAsync();
            await page.GetByLabel("Nombre completo").FillAsync(name);
            await page.GetByLabel("Día").FillAsync("3");
            await page.GetByLabel("Mes").FillAsync("8");
            await page.GetByLabel("Año").FillAsync(year);
            await page.GetByLabel("Nacionalidad").SelectOptionAsync("HN");
            await page.GetByLabel(relationship).CheckAsync();
            await ContinueAsync(page);
            await Expect(page.Locator("main h1")).ToHaveTextAsync($"Documento de identidad de {name}");
            await FillDocumentAsync(page, "Pasaporte", $"E{year}77", "2030");
            await UploadAsync(page, "Foto o PDF del documento", photo);
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Su grupo");
        }

        await Expect(page.Locator("ul.group > li")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continuar", Exact = true }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Su perfil");
        await Expect(page.Locator("main .notice")).ToContainTextAsync("Su perfil está completo.");
        await Expect(page.Locator("main")).ToContainTextAsync("Viajan 3 personas juntas, usted incluido.");
        await Expect(page.Locator("main")).ToContainTextAsync("14 de febrero de 1993");
        await page.GotoAsync("/");
        await Expect(page.Locator(".progress")).ToContainTextAsync("Su perfil está completo: en su grupo viajan 3 personas.");
    }

    private static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Guardar y continuar" }).ClickAsync();

    private static async Task FillDocumentAsync(IPage page, string type, string number, string expiryYear)
    {
        await page.GetByLabel(type, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Número del documento").FillAsync(number);
        await page.GetByLabel("País que lo emitió").SelectOptionAsync("HN");
        await page.GetByLabel("Día").FillAsync("1");
        await page.GetByLabel("Mes").FillAsync("12");
        await page.GetByLabel("Año").FillAsync(expiryYear);
        await ContinueAsync(page);
    }

    private static async Task UploadAsync(IPage page, string label, string file)
    {
        await page.GetByLabel(label).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Subir y continuar" }).ClickAsync();
    }
}
