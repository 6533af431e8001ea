using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Border.Testing;
using Border.Web.Tests.Support;
using Npgsql;

namespace Border.Web.Tests.Admin;

/// <summary>
/// The audit log page over every module's log. Each test writes its entries on days of its own, long
/// ago, and searches those days, so the entries other tests (and the site itself) write never show.
/// </summary>
public sealed class AuditLogPageTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    [Fact]
    public async Task Entries_from_two_modules_appear_as_one_list_newest_first()
    {
        var admin = await IdAsync("admin@border.test");
        var applicant = await IdAsync("applicant@border.test");
        var officer = await IdAsync("officer@border.test");
        await WriteAsync("accounts", At("2021-02-01T10:00:00Z"), admin, officer, "accounts.role-added", """{"Roles": ["Officer"]}""", """{"Roles": ["Officer", "Supervisor"]}""");
        await WriteAsync("scheduling", At("2021-02-01T11:00:00Z"), Guid.Empty, null, "scheduling.allocation-run", after: """{"date": "2021-02-15", "seed": 7}""");
        await WriteAsync("accounts", At("2021-02-01T12:00:00Z"), officer, applicant, "accounts.applicant-viewed");
        await WriteAsync("scheduling", At("2021-02-01T13:00:00Z"), admin, null, "scheduling.something-new");
        var client = await app.AdminAsync();

        var page = await client.GetPageAsync("/admin/audit?from=2021-02-01&to=2021-02-01");

        var rows = Rows(page);
        Assert.Equal(
            ["scheduling.something-new", "Applicant's profile opened", "The draw ran", "Role given"],
            rows.Select(r => r[2]));
        Assert.Equal(["admin@border.test", "officer@border.test", "Border", "admin@border.test"], rows.Select(r => r[1]));
        Assert.Equal(["—", "applicant@border.test", "—", "officer@border.test"], rows.Select(r => r[3]));
        Assert.Equal("Monday, February 1, 2021 at 8:00 AM Eastern time (EST)", rows[0][0]);
        Assert.Equal("2021-02-01T13:00:00Z", page.QuerySelector("tbody tr time")!.GetAttribute("datetime"));
        var cells = page.QuerySelectorAll("tbody tr").Select(r => r.Children).ToList();
        Assert.Equal($"/staff/applicants/{applicant}", cells[1][3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/admin/accounts/{officer}", cells[3][3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/admin/accounts/{officer}", cells[1][1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(cells[2][1].QuerySelector("a"));
        Assert.Null(cells[1][4].QuerySelector("details"));
        var change = cells[3][4].QuerySelectorAll("details pre").Select(p => p.TextContent).ToList();
        Assert.Equal(2, change.Count);
        Assert.Contains("\"Officer\"", change[0], StringComparison.Ordinal);
        Assert.Contains("\"Supervisor\"", change[1], StringComparison.Ordinal);
        Assert.DoesNotContain("\"Supervisor\"", change[0], StringComparison.Ordinal);
        Assert.Single(cells[2][4].QuerySelectorAll("details pre"));
    }

    [Fact]
    public async Task Each_filter_narrows_the_list_and_dates_are_eastern_days()
    {
        var admin = await IdAsync("admin@border.test");
        var officer = await IdAsync("officer@border.test");
        var supervisor = await IdAsync("supervisor@border.test");
        var applicant = await IdAsync("applicant@border.test");
        await WriteAsync("accounts", At("2021-03-01T15:00:00Z"), officer, applicant, "accounts.applicant-viewed");
        await WriteAsync("scheduling", At("2021-03-01T16:00:00Z"), supervisor, null, "scheduling.capacity-changed", "{\"people\": 300}", "{\"people\": 310}");
        await WriteAsync("accounts", At("2021-03-01T17:00:00Z"), admin, officer, "accounts.disabled");
        // 23:30 on March 1 in Eastern time, already March 2 in UTC.
        await WriteAsync("accounts", At("2021-03-02T04:30:00Z"), admin, officer, "accounts.enabled");
        await WriteAsync("accounts", At("2021-03-03T15:00:00Z"), admin, applicant, "accounts.applicant-file-viewed");
        var client = await app.AdminAsync();
        const string march1 = "from=2021-03-01&to=2021-03-01";

        Assert.Equal(
            ["Account enabled again", "Account disabled", "Port capacity changed", "Applicant's profile opened"],
            Actions(await client.GetPageAsync($"/admin/audit?{march1}")));
        Assert.Equal(["Applicant's profile opened"], Actions(await client.GetPageAsync($"/admin/audit?{march1}&actor=OFFICER%40border.test")));
        Assert.Equal(
            ["Applicant's photo or scan opened", "Applicant's profile opened"],
            Actions(await client.GetPageAsync("/admin/audit?from=2021-03-01&to=2021-03-03&subject=applicant%40border.test")));
        Assert.Equal(["Port capacity changed"], Actions(await client.GetPageAsync($"/admin/audit?{march1}&action=scheduling.capacity-changed")));
        Assert.Equal(["Applicant's photo or scan opened"], Actions(await client.GetPageAsync("/admin/audit?from=2021-03-02&to=2021-03-03")));
        Assert.Equal(
            ["Account enabled again", "Account disabled"],
            Actions(await client.GetPageAsync("/admin/audit?from=2021-03-01&to=2021-03-02&actor=admin%40border.test&subject=officer%40border.test")));

        var filtered = await client.GetPageAsync($"/admin/audit?{march1}&action=scheduling.capacity-changed");
        Assert.True(((IHtmlOptionElement)filtered.QuerySelector("#action option[value='scheduling.capacity-changed']")!).IsSelected);
        Assert.Equal("2021-03-01", ((IHtmlInputElement)filtered.QuerySelector("#from")!).Value);
        Assert.Equal(
            "/admin/audit?action=scheduling.capacity-changed&from=2021-03-01&to=2021-03-01&handler=csv",
            filtered.QuerySelector("a[download]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "No account has this email address.", "The end date must be the same as or after the start date.")]
    [InlineData("es", "Ninguna cuenta tiene este correo electrónico.", "La fecha final debe ser igual o posterior a la fecha inicial.")]
    public async Task A_filter_that_cannot_match_says_why_by_its_field_and_keeps_what_was_typed(string language, string unknown, string backwards)
    {
        var client = await app.AdminAsync(language);

        var page = await client.GetPageAsync("/admin/audit?actor=nobody%40example.test&from=2021-03-05&to=2021-03-04");

        Assert.Equal(
            [("#actor", unknown), ("#to", backwards)],
            page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent)));
        Assert.Equal(unknown, page.QuerySelector("#actor")!.ParentElement!.QuerySelector(".error")!.TextContent);
        Assert.Equal("nobody@example.test", ((IHtmlInputElement)page.QuerySelector("#actor")!).Value);
        Assert.Equal("2021-03-04", ((IHtmlInputElement)page.QuerySelector("#to")!).Value);
        Assert.Null(page.QuerySelector("table"));
        Assert.Null(page.QuerySelector("a[download]"));
        var csv = await client.GetAsync("/admin/audit?handler=csv&actor=nobody%40example.test");
        Assert.StartsWith("text/html", csv.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Enter a real date, like 2026-11-22.")]
    [InlineData("es", "Escriba una fecha real, como 2026-11-22.")]
    public async Task A_date_that_does_not_exist_is_refused_and_kept(string language, string message)
    {
        var client = await app.AdminAsync(language);

        var page = await client.GetPageAsync("/admin/audit?from=2021-02-30&to=2021-03-01");

        Assert.Equal([("#from", message)], page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent)));
        Assert.Equal("2021-02-30", ((IHtmlInputElement)page.QuerySelector("#from")!).Value);
        Assert.Equal("2021-03-01", ((IHtmlInputElement)page.QuerySelector("#to")!).Value);
    }

    [Theory]
    [InlineData("en", "2020-06-10", "Conversation opened", "Message attachment filed in a case", "Saved reply changed")]
    [InlineData("es", "2020-06-11", "Conversación abierta", "Archivo adjunto de un mensaje archivado en un caso", "Respuesta guardada cambiada")]
    public async Task Messaging_actions_read_in_plain_words_in_each_language(string language, string day, string viewed, string filed, string changed)
    {
        var officer = await IdAsync("officer@border.test");
        var applicant = await IdAsync("applicant@border.test");
        await WriteAsync("messaging", At($"{day}T14:00:00Z"), officer, applicant, "messaging.viewed");
        await WriteAsync("messaging", At($"{day}T15:00:00Z"), officer, applicant, "messaging.attachment-filed");
        await WriteAsync("messaging", At($"{day}T16:00:00Z"), officer, null, "messaging.saved-reply-changed");
        var client = await app.AdminAsync(language);

        var page = await client.GetPageAsync($"/admin/audit?from={day}&to={day}");

        Assert.Equal([changed, filed, viewed], Actions(page));
        Assert.Contains(filed, page.QuerySelectorAll("select[name='action'] option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task A_mangled_page_link_starts_at_the_newest_entry()
    {
        var admin = await IdAsync("admin@border.test");
        await WriteAsync("scheduling", At("2021-07-01T15:00:00Z"), admin, null, "scheduling.capacity-changed");
        var client = await app.AdminAsync();

        var page = await client.GetPageAsync("/admin/audit?from=2021-07-01&to=2021-07-01&after=not_a-position");

        Assert.Equal(["Port capacity changed"], Actions(page));
    }

    [Fact]
    public async Task Pages_of_fifty_walk_both_logs_without_losing_or_repeating_an_entry()
    {
        var admin = await IdAsync("admin@border.test");
        var written = new List<Guid>();
        var start = At("2021-04-01T14:00:00Z");
        for (var i = 0; i < 120; i++)
        {
            // Three entries share each moment, across the two logs, so the order falls back to the id.
            written.Add(await WriteAsync(i % 2 == 0 ? "accounts" : "scheduling", start.AddMinutes(i / 3), admin, null, $"test.paging-{i}"));
        }

        var client = await app.AdminAsync();
        var seen = new List<string>();
        var path = "/admin/audit?from=2021-04-01&to=2021-04-01";
        var pages = 0;
        while (path is not null)
        {
            var page = await client.GetPageAsync(path);
            pages++;
            var actions = Actions(page);
            Assert.Equal(pages == 3 ? 20 : 50, actions.Count);
            Assert.Equal(pages > 1, page.QuerySelector("nav.pager a[href='/admin/audit?from=2021-04-01&to=2021-04-01']") is not null);
            seen.AddRange(actions);
            path = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(3, pages);
        var expected = Enumerable.Range(0, 120)
            .Select(i => (At: start.AddMinutes(i / 3), Id: written[i], Action: $"test.paging-{i}"))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => e.Action);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task The_csv_holds_every_filtered_entry_escaped_and_safe_for_spreadsheets_and_the_download_is_audited()
    {
        var admin = await IdAsync("admin@border.test");
        var officer = await IdAsync("officer@border.test");
        await WriteAsync("accounts", At("2021-05-01T15:00:00Z"), admin, officer, "accounts.role-added", """{"Roles": ["Officer"]}""", """{"Roles": ["Officer", "Supervisor"]}""");
        await WriteAsync("scheduling", At("2021-05-01T16:00:00Z"), officer, null, "=HYPERLINK(\"http://evil.test\",\"x\")");
        await WriteAsync("scheduling", At("2021-05-01T17:00:00Z"), officer, null, "+1,2\nsecond line");
        await WriteAsync("accounts", At("2021-05-01T18:00:00Z"), officer, null, "@SUM(A1)", after: "{\"query\": \"Rosa \\\"la\\\" Pérez\\nsecond line\"}");
        await WriteAsync("accounts", At("2021-05-01T19:00:00Z"), officer, null, "-1");
        var client = await app.AdminAsync();

        var response = await client.GetAsync("/admin/audit?handler=csv&from=2021-05-01&to=2021-05-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("border-audit-log.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.True(response.Headers.CacheControl!.NoStore);
        var body = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n", body, StringComparison.Ordinal);
        var rows = ParseCsv(body);
        Assert.Equal(
            ["occurred_at_utc", "module", "action", "action_text", "actor_id", "actor", "subject_id", "subject", "before", "after"],
            rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.Equal(["'-1", "'@SUM(A1)", "'+1,2\nsecond line", "'=HYPERLINK(\"http://evil.test\",\"x\")", "accounts.role-added"], rows.Skip(1).Select(r => r[2]));
        Assert.Equal(["accounts", "accounts", "scheduling", "scheduling", "accounts"], rows.Skip(1).Select(r => r[1]));
        var role = rows[5];
        Assert.Equal(
            ["2021-05-01T15:00:00.000000Z", "accounts", "accounts.role-added", "Role given", admin.ToString(), "admin@border.test", officer.ToString(), "officer@border.test"],
            role[..8]);
        Assert.Equal("{\"Roles\": [\"Officer\"]}", role[8]);
        Assert.Equal("{\"Roles\": [\"Officer\", \"Supervisor\"]}", role[9]);
        Assert.Equal("{\"query\": \"Rosa \\\"la\\\" Pérez\\nsecond line\"}", rows[2][9]);
        Assert.Contains("\"{\"\"query\"\": \"\"Rosa", body, StringComparison.Ordinal);

        var exported = Rows(await client.GetPageAsync("/admin/audit?action=accounts.audit-log-exported&actor=admin%40border.test"));
        Assert.Equal(["Audit log downloaded", "admin@border.test"], new[] { exported[0][2], exported[0][1] });
        var recorded = (await client.GetPageAsync("/admin/audit?action=accounts.audit-log-exported")).QuerySelector("tbody tr details pre")!.TextContent;
        Assert.Contains("\"from\": \"2021-05-01\"", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_reads_in_Spanish()
    {
        var admin = await IdAsync("admin@border.test");
        var officer = await IdAsync("officer@border.test");
        await WriteAsync("accounts", At("2021-06-01T15:00:00Z"), admin, officer, "accounts.role-added", """{"Roles": ["Officer"]}""", """{"Roles": ["Officer", "Supervisor"]}""");
        await WriteAsync("scheduling", At("2021-06-01T16:00:00Z"), Guid.Empty, null, "scheduling.allocation-run");
        var client = await app.AdminAsync("es");

        var page = await client.GetPageAsync("/admin/audit?from=2021-06-01&to=2021-06-01");

        Assert.Equal("Registro de auditoría", page.QuerySelector("h1")!.TextContent);
        var rows = Rows(page);
        Assert.Equal(["Se realizó el sorteo", "Rol asignado"], rows.Select(r => r[2]));
        Assert.Equal("martes, 1 de junio de 2021 a las 11:00 hora del Este (EDT)", rows[1][0]);
        Assert.Equal("Mostrar", page.QuerySelector("tbody details summary")!.TextContent);
        Assert.Equal("Cualquier acción", page.QuerySelector("#action option")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#action option"), o => o.TextContent == "Registro de auditoría descargado");
    }

    [Fact]
    public async Task The_admin_home_links_to_the_audit_log()
    {
        var client = await app.AdminAsync();

        Assert.NotNull((await client.GetPageAsync("/admin")).QuerySelector("a[href='/admin/audit']"));
    }

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    private Task<Guid> IdAsync(string email) => TestAccounts.IdOfAsync(app.Services, email);

    /// <summary>Inserts into a module's own log, as its handlers do (inserting is all the log allows).</summary>
    private async Task<Guid> WriteAsync(
        string schema, DateTimeOffset at, Guid actor, Guid? subject, string action, string? before = null, string? after = null)
    {
        var id = Guid.CreateVersion7(at);
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {schema}.audit_entries (id, occurred_at, actor_id, subject_id, action, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)",
            connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(at);
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(subject is null ? DBNull.Value : subject.Value);
        command.Parameters.AddWithValue(action);
        command.Parameters.AddWithValue(before is null ? DBNull.Value : before);
        command.Parameters.AddWithValue(after is null ? DBNull.Value : after);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static List<List<string>> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.audit tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim().Replace('\u202F', ' ')).ToList())];

    private static List<string> Actions(IHtmlDocument page) => [.. Rows(page).Select(r => r[2])];

    /// <summary>RFC 4180, as a spreadsheet reads it.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
