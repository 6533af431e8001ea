using System.Net;
using AngleSharp.Html.Dom;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Admin;

/// <summary>The admins' account pages: each form's problems by its field in both languages, with what was typed kept.</summary>
public sealed class AccountPageTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    [Theory]
    [InlineData("en", "Enter their email address.", "Choose their role.")]
    [InlineData("es", "Escriba su correo electrónico.", "Elija su rol.")]
    public async Task An_empty_invitation_is_refused_by_each_field(string language, string email, string role)
    {
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync("/admin/accounts/invite", new Dictionary<string, string> { ["Input.Email"] = " " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal([("#Input_Email", email), ("#Input_Role", role)], Summary(page));
        Assert.Equal(email, ErrorBy(page, "Input_Email"));
    }

    [Theory]
    [InlineData("en", "Enter an email address in the correct format, like name@example.com.")]
    [InlineData("es", "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com.")]
    public async Task A_mistyped_address_is_refused_and_the_answers_are_kept(string language, string message)
    {
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync("/admin/accounts/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "rosa at example.test",
            ["Input.Role"] = "Supervisor",
            ["Input.Culture"] = "es",
        });

        var page = await refused.ParseAsync();
        Assert.Equal([("#Input_Email", message)], Summary(page));
        Assert.Equal("rosa at example.test", ((IHtmlInputElement)page.QuerySelector("#Input_Email")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='Input.Role'][value=Supervisor]")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='Input.Culture'][value=es]")!).IsChecked);
    }

    [Theory]
    [InlineData("en", "An account with this email address already exists. Find it in the list of accounts.")]
    [InlineData("es", "Ya existe una cuenta con este correo electrónico. Búsquela en la lista de cuentas.")]
    public async Task Inviting_an_address_that_has_an_account_says_so(string language, string message)
    {
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync("/admin/accounts/invite", Invitation("applicant@border.test"));

        Assert.Equal([("#Input_Email", message)], Summary(await refused.ParseAsync()));
    }

    [Theory]
    [InlineData("en", "Choose the role to give.")]
    [InlineData("es", "Elija el rol que quiere dar.")]
    public async Task Giving_a_role_without_choosing_one_is_refused(string language, string message)
    {
        var id = await InviteAsync($"choose.{language}@example.test");
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync($"/admin/accounts/{id}/choose-role", new Dictionary<string, string>());

        Assert.Equal([("#Input_Role", message)], Summary(await refused.ParseAsync()));
    }

    [Theory]
    [InlineData("en", "You cannot disable your own account. Ask another administrator.")]
    [InlineData("es", "No puede desactivar su propia cuenta. Pídaselo a otro administrador.")]
    public async Task An_admin_cannot_disable_their_own_account(string language, string message)
    {
        var self = await TestAccounts.IdOfAsync(app.Services, "admin@border.test");
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync($"/admin/accounts/{self}/disable", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal([("#Input_Confirm", message)], Summary(await refused.ParseAsync()));
    }

    [Theory]
    [InlineData("en", "You cannot remove your own Administrator role. Ask another administrator.")]
    [InlineData("es", "No puede quitarse su propio rol de Administrador. Pídaselo a otro administrador.")]
    public async Task An_admin_cannot_remove_their_own_admin_role(string language, string message)
    {
        var self = await TestAccounts.IdOfAsync(app.Services, "admin@border.test");
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync($"/admin/accounts/{self}/remove-role?role=Admin", new Dictionary<string, string>());

        Assert.Equal([("#Input_Confirm", message)], Summary(await refused.ParseAsync()));
    }

    [Theory]
    [InlineData("en", "An applicant's account cannot have a staff role. Invite the person with their work email address instead.")]
    [InlineData("es", "La cuenta de un solicitante no puede tener un rol de personal. Invite a la persona con su correo electrónico de trabajo.")]
    public async Task An_applicant_cannot_be_given_a_staff_role(string language, string message)
    {
        var applicant = await TestAccounts.IdOfAsync(app.Services, "applicant@border.test");
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync($"/admin/accounts/{applicant}/add-role?role=Officer", new Dictionary<string, string>());

        Assert.Equal([("#Input_Confirm", message)], Summary(await refused.ParseAsync()));
        Assert.Null((await admin.GetPageAsync($"/admin/accounts/{applicant}")).QuerySelector($"a[href='/admin/accounts/{applicant}/choose-role']"));
    }

    [Fact]
    public async Task An_admin_invites_gives_a_role_and_disables_and_each_step_is_in_the_history()
    {
        var admin = await app.AdminAsync();
        var invited = await admin.PostFormAsync("/admin/accounts/invite", Invitation("flow@example.test"));
        var account = invited.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/accounts/[0-9a-f-]{36}\\?done=invited$", account);
        var id = account[16..52];

        var chosen = await admin.PostFormAsync($"/admin/accounts/{id}/choose-role", new Dictionary<string, string> { ["Input.Role"] = "Supervisor" });
        Assert.Equal($"/admin/accounts/{id}/add-role?role=Supervisor", chosen.Headers.Location!.OriginalString);
        var question = await admin.GetPageAsync(chosen.Headers.Location.OriginalString);
        Assert.Equal("Give flow@example.test the role Supervisor?", question.QuerySelector("h1")!.TextContent);
        var given = await admin.PostFormAsync(chosen.Headers.Location.OriginalString, new Dictionary<string, string>());
        var disabled = await admin.PostFormAsync($"/admin/accounts/{id}/disable", new Dictionary<string, string>());

        Assert.Equal($"/admin/accounts/{id}?done=add-role", given.Headers.Location!.OriginalString);
        Assert.Equal($"/admin/accounts/{id}?done=disable", disabled.Headers.Location!.OriginalString);
        var page = await admin.GetPageAsync(disabled.Headers.Location.OriginalString);
        Assert.Equal("The account is disabled. Its sessions end within a minute.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var history = page.QuerySelectorAll("table.history tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Account disabled", "Role given", "Invited as staff"], history.Select(r => r[2]));
        Assert.All(history, r => Assert.Equal("admin@border.test", r[1]));
        Assert.Equal("Roles: Officer, Supervisor. Disabled: no. Two-step sign-in: off.", history[0][3]);
        Assert.Equal("Roles: Officer, Supervisor. Disabled: yes. Two-step sign-in: off.", history[0][4]);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/accounts/{id}/enable']"));
    }

    [Fact]
    public async Task The_list_searches_by_address_role_and_status_in_Spanish_too()
    {
        await InviteAsync("listed@example.test");
        var admin = await app.AdminAsync("es");

        var page = await admin.GetPageAsync("/admin/accounts?q=LISTED%40example&role=Officer&status=Invited");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr")).Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["listed@example.test", "Oficial", "Invitada, sin aceptar todavía", "desactivado"], row[..4]);
        var none = await admin.GetPageAsync("/admin/accounts?q=listed%40example&status=Disabled");
        Assert.Equal("Ninguna cuenta coincide con esta búsqueda.", none.QuerySelector("main p:last-of-type")!.TextContent);
    }

    [Fact]
    public async Task A_closed_account_offers_no_actions_and_its_change_pages_do_not_exist()
    {
        var admin = await app.AdminAsync();
        var id = await InviteAsync("to.close@example.test");
        await TestAccounts.MarkClosedAsync(app.Services, id);

        var page = await admin.GetPageAsync($"/admin/accounts/{id}");
        Assert.Equal("Closed account", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("ul.actions"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{id}/disable")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{Guid.CreateVersion7()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{id}/nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{id}/remove-role")).StatusCode);
    }

    [Fact]
    public async Task The_admin_home_links_to_accounts()
    {
        var admin = await app.AdminAsync();

        Assert.NotNull((await admin.GetPageAsync("/admin")).QuerySelector("a[href='/admin/accounts']"));
    }

    private static Dictionary<string, string> Invitation(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Role"] = "Officer",
        ["Input.Culture"] = "en",
    };

    private async Task<Guid> InviteAsync(string email)
    {
        var admin = await app.AdminAsync();
        var invited = await admin.PostFormAsync("/admin/accounts/invite", Invitation(email));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        return Guid.Parse(invited.Headers.Location!.OriginalString[16..52]);
    }

    private static List<(string, string)> Summary(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent))];

    private static string ErrorBy(IHtmlDocument page, string id) =>
        page.QuerySelector($"#{id}")!.ParentElement!.QuerySelector(".error")!.TextContent.Trim();
}
