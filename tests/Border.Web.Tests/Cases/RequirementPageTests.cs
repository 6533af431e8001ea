using System.Net;
using AngleSharp.Html.Dom;
using Border.Testing;
using Border.Web.Tests.Support;
using Npgsql;

namespace Border.Web.Tests.Cases;

/// <summary>The entry requirements: public pages in both languages, and supervisors publishing versions of them.</summary>
public sealed class RequirementPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("en", "Entry requirements", "The eight ports of entry", "Who can request an appointment")]
    [InlineData("es", "Requisitos de entrada", "Los ocho puertos de entrada", "Quién puede solicitar una cita")]
    public async Task Anyone_reaches_the_index_from_home_and_reads_it_in_their_language_grouped_by_topic(string culture, string heading, string ports, string eligible)
    {
        var visitor = await VisitorAsync(culture);

        var home = await visitor.GetPageAsync("/");
        var index = await visitor.GetPageAsync("/requirements");

        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/requirements" && a.TextContent == heading);
        Assert.Equal(heading, index.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, index.QuerySelectorAll("main h2").Length);
        var links = index.QuerySelectorAll("main li a").ToList();
        Assert.Contains(links, a => a.TextContent == ports && a.GetAttribute("href") == "/requirements/ports");
        Assert.Contains(links, a => a.TextContent == eligible && a.GetAttribute("href") == "/requirements/who-can-request");
        Assert.Equal(3, index.QuerySelectorAll("main ul")[^1].QuerySelectorAll("li").Length);
    }

    [Theory]
    [InlineData("en", "The eight ports of entry", "Last updated Saturday, December 5, 2026")]
    [InlineData("es", "Los ocho puertos de entrada", "Actualizado el sábado, 5 de diciembre de 2026")]
    public async Task A_page_shows_its_live_version_in_the_readers_language_with_its_date(string culture, string title, string updated)
    {
        var visitor = await VisitorAsync(culture);

        var page = await visitor.GetPageAsync("/requirements/ports");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(updated, page.QuerySelector("article .hint")!.TextContent);
        var body = page.QuerySelector("article")!.TextContent;
        foreach (var port in new[] { "Nogales", "Brownsville", "Eagle Pass", "Hidalgo", "Laredo", "El Paso", "Calexico", "San Ysidro" })
        {
            Assert.Contains(port, body, StringComparison.Ordinal);
        }

        Assert.Null(page.QuerySelector(".notice"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/requirements/no-such-page")).StatusCode);
    }

    [Fact]
    public async Task A_page_published_without_Spanish_shows_the_English_with_a_note_and_staff_see_it_lacks_a_translation()
    {
        var supervisor = await SupervisorAsync();
        var published = await supervisor.PostFormAsync("/staff/requirements/request-window", Texts("Requesting, revised", "Request from noon.", "", ""));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var visitor = await VisitorAsync("es");

        var page = await visitor.GetPageAsync("/requirements/request-window");
        var index = await visitor.GetPageAsync("/requirements");
        var staff = await supervisor.GetPageAsync("/staff/requirements");

        Assert.Equal(
            "Esta página aún no está traducida al español, por eso se muestra en inglés.",
            page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("en", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("Requesting, revised", page.QuerySelector("h1")!.TextContent);
        var link = index.QuerySelectorAll("main li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/requirements/request-window");
        Assert.Contains("por ahora en inglés", link.TextContent, StringComparison.Ordinal);
        var row = staff.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Requesting, revised", StringComparison.Ordinal));
        Assert.Contains("No Spanish version", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("no Spanish version yet", staff.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_previews_then_publishes_the_new_version_goes_live_and_the_old_one_is_kept_and_audited()
    {
        var supervisor = await SupervisorAsync();
        var fields = Texts("Bring these", "## Papers\n\nBring **every** passport.", "Traiga esto", "## Papeles\n\nTraiga **todos** los pasaportes.");

        var preview = await (await supervisor.PostFormAsync("/staff/requirements/what-to-bring?handler=Preview", fields)).ParseAsync();
        var stillLive = await app.CreateBrowserClient().GetPageAsync("/requirements/what-to-bring");
        var published = await supervisor.PostFormAsync("/staff/requirements/what-to-bring", fields);
        var live = await app.CreateBrowserClient().GetPageAsync("/requirements/what-to-bring");
        var editor = await supervisor.GetPageAsync(published.Headers.Location!.OriginalString);
        var first = await supervisor.GetPageAsync("/staff/requirements/what-to-bring/versions/1");

        Assert.Equal("Papers", preview.QuerySelector("section [lang=en] h2")!.TextContent);
        Assert.Equal(["Traiga esto", "todos"], preview.QuerySelectorAll("section [lang=es] strong").Select(strong => strong.TextContent));
        Assert.Equal("Bring these", ((IHtmlInputElement)preview.QuerySelector("#Input_TitleEnglish")!).Value);
        Assert.Equal("What to bring to the port", stillLive.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Bring these", live.QuerySelector("h1")!.TextContent);
        Assert.Equal("every", live.QuerySelector("article strong")!.TextContent);
        Assert.Equal("Version 2 is published and live.", editor.QuerySelector("[role=status]")!.TextContent);
        var history = editor.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("supervisor@border.test", history[0], StringComparison.Ordinal);
        Assert.Contains("Border (the first content)", history[1], StringComparison.Ordinal);
        Assert.Equal("What to bring to the port", first.QuerySelector("#version-en")!.TextContent);
        Assert.Contains("birth certificate", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.requirement-published' AND after::text LIKE '%what-to-bring%'"));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM cases.requirement_versions v JOIN cases.requirement_pages p ON p.id = v.page_id WHERE p.slug = 'what-to-bring'"));
    }

    [Theory]
    [InlineData("applicant@border.test", "/staff/requirements")]
    [InlineData("officer@border.test", "/staff/requirements")]
    [InlineData("officer@border.test", "/staff/requirements/ports")]
    [InlineData("officer@border.test", "/staff/requirements/ports/versions/1")]
    public async Task Only_supervisors_open_the_editor(string email, string path)
    {
        var client = app.CreateBrowserClient();
        await client.SignInAsDemoAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task An_officers_post_to_the_editor_changes_nothing()
    {
        var officer = app.CreateBrowserClient();
        await officer.SignInAsDemoAsync("officer@border.test");
        var token = (await officer.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Texts("Taken over", "Nothing.", "", "");
        fields["__RequestVerificationToken"] = token;

        var response = await officer.PostAsync("/staff/requirements/ports", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The eight ports of entry", (await app.CreateBrowserClient().GetPageAsync("/requirements/ports")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Raw_html_in_the_Markdown_is_shown_as_text_and_a_script_link_loses_its_address()
    {
        var supervisor = await SupervisorAsync();
        const string hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> and [click](javascript:alert(3)) and [port](/requirements/ports)";
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync("/staff/requirements/forms", Texts("Forms", hostile, "Formularios", hostile))).StatusCode);

        var page = await app.CreateBrowserClient().GetPageAsync("/requirements/forms");

        var article = page.QuerySelector("article")!;
        Assert.Empty(article.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", article.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#", "/requirements/ports"], article.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused_and_what_was_typed_stays()
    {
        var first = await SupervisorAsync();
        var second = await SupervisorAsync();
        var opened = await first.GetPageAsync("/staff/requirements/record-correction");
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/staff/requirements/record-correction", Texts("Corrections (second)", "Second.", "", ""))).StatusCode);

        var fields = HiddenFields(opened);
        foreach (var (name, value) in Texts("Corrections (first)", "First.", "", ""))
        {
            fields[name] = value;
        }

        var refused = await first.PostAsync("/staff/requirements/record-correction", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(
            ["Someone published this page since you opened it. Open it again to see their version, then make your change."],
            page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent));
        Assert.Equal("Corrections (first)", ((IHtmlInputElement)page.QuerySelector("#Input_TitleEnglish")!).Value);
        Assert.Equal("Corrections (second)", (await app.CreateBrowserClient().GetPageAsync("/requirements/record-correction")).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("en", "Enter the title in English, at most 120 characters.", "Enter the text in Spanish, at most 20000 characters, or leave both Spanish fields empty.")]
    [InlineData("es", "Escriba el título en inglés, de 120 caracteres como máximo.", "Escriba el texto en español, de 20000 caracteres como máximo, o deje vacíos los dos campos en español.")]
    public async Task An_empty_title_and_a_text_too_long_are_refused_in_the_supervisors_language(string culture, string emptyTitle, string tooLong)
    {
        var supervisor = await SupervisorAsync();
        await supervisor.GetAsync($"/language/{culture}?returnUrl=/");

        var refused = await supervisor.PostFormAsync("/staff/requirements/port-accommodation", Texts(" ", "Help at the port.", "Ayuda", new string('a', 20_001)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await refused.ParseAsync()).QuerySelectorAll(".error-summary li").Select(li => li.TextContent).ToList();
        Assert.Equal([emptyTitle, tooLong], errors);
        Assert.Equal("Accommodation at the port", (await app.CreateBrowserClient().GetPageAsync("/requirements/port-accommodation")).QuerySelector("h1")!.TextContent);
    }

    private static Dictionary<string, string> Texts(string titleEnglish, string bodyEnglish, string titleSpanish, string bodySpanish) => new()
    {
        ["Input.TitleEnglish"] = titleEnglish,
        ["Input.BodyEnglish"] = bodyEnglish,
        ["Input.TitleSpanish"] = titleSpanish,
        ["Input.BodySpanish"] = bodySpanish,
    };

    private static Dictionary<string, string> HiddenFields(IHtmlDocument page) =>
        page.Forms.Last().Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);

    private async Task<HttpClient> VisitorAsync(string culture)
    {
        var visitor = app.CreateBrowserClient();
        await visitor.GetAsync($"/language/{culture}?returnUrl=/");
        return visitor;
    }

    private async Task<HttpClient> SupervisorAsync()
    {
        var supervisor = app.CreateBrowserClient();
        await supervisor.SignInAsDemoAsync("supervisor@border.test");
        return supervisor;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
