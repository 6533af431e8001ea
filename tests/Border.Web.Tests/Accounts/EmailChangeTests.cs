using System.Net;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Accounts;

/// <summary>A new address is confirmed from the email that reached it before it replaces the old one.</summary>
public sealed class EmailChangeTests(MailingWebApp app) : IClassFixture<MailingWebApp>
{
    [Fact]
    public async Task The_link_sent_to_the_new_address_makes_it_the_address_and_the_old_one_stops_working()
    {
        var client = await Applicants.RegisterAsync(app, "old.address@example.test", "es");
        await app.DeliverMailAsync();

        var asked = await client.PostFormAsync("/account/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "new.address@example.test", ["Input.Password"] = Applicants.Password,
        });
        var page = await client.GetPageAsync(asked.Headers.Location!.OriginalString);
        Assert.Contains("Hasta entonces, siga usando old.address@example.test.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await app.DeliverMailAsync();

        // Nothing has changed until the link is opened: the old address still signs in.
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInAsync("old.address@example.test", Applicants.Password)).StatusCode);
        var link = app.LinkIn("new.address@example.test", "Confirme su nuevo correo electrónico");
        Assert.DoesNotContain(app.Smtp.Messages, m => m.RcptTo.Contains("old.address@example.test") && m.Message.Subject?.Contains("nuevo", StringComparison.Ordinal) == true);

        var changed = await client.ConfirmLinkAsync(link);

        Assert.Equal("Su correo electrónico está cambiado", changed.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInAsync("new.address@example.test", Applicants.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInAsync("old.address@example.test", Applicants.Password)).StatusCode);
        Assert.Equal("Este enlace no funciona", (await client.ConfirmLinkAsync(link)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_address_that_belongs_to_someone_else_gets_the_same_answer_and_no_email()
    {
        await Applicants.RegisterAsync(app, "taken@example.test", "en");
        var client = await Applicants.RegisterAsync(app, "wants.it@example.test", "en");
        await app.DeliverMailAsync();
        var before = app.Smtp.Messages.Count;

        var asked = await client.PostFormAsync("/account/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "taken@example.test", ["Input.Password"] = Applicants.Password,
        });
        await app.DeliverMailAsync();

        Assert.Equal("/account/email?sent=taken%40example.test", asked.Headers.Location!.OriginalString);
        Assert.Equal(before, app.Smtp.Messages.Count);
    }

    [Theory]
    [InlineData("en", "Your password is not right.", "Enter an email address in the correct format, like name@example.com.")]
    [InlineData("es", "Su contraseña no es correcta.", "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com.")]
    public async Task A_wrong_password_or_address_is_refused_by_the_field_in_the_persons_language(string culture, string wrongPassword, string badAddress)
    {
        var client = await Applicants.RegisterAsync(app, $"{Guid.NewGuid():N}@example.test", culture);

        var refusedPassword = await (await client.PostFormAsync("/account/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "fine@example.test", ["Input.Password"] = "not the password at all",
        })).ParseAsync();
        var refusedAddress = await (await client.PostFormAsync("/account/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "not an address", ["Input.Password"] = Applicants.Password,
        })).ParseAsync();

        Assert.Equal(wrongPassword, refusedPassword.QuerySelector(".error-summary a[href='#Input_Password']")!.TextContent);
        Assert.Equal("fine@example.test", refusedPassword.GetElementById("Input_NewEmail")!.GetAttribute("value"));
        Assert.Equal(badAddress, refusedAddress.QuerySelector(".error-summary a[href='#Input_NewEmail']")!.TextContent);
    }
}
