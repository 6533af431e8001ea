using System.Net;
using AngleSharp.Html.Dom;
using Border.Scheduling.Contracts;
using Border.Shared.Settings;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Hangfire;
using Hangfire.Storage;
using Npgsql;

namespace Border.Web.Tests.Admin;

/// <summary>Settings saved on the page apply at once, on this node and on another, refused with reasons when wrong, and audited.</summary>
public sealed class SettingsPageTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    [Fact]
    public async Task The_page_shows_the_settings_in_effect_and_is_linked_from_the_admin_home()
    {
        var admin = await app.AdminAsync();

        var page = await admin.GetPageAsync("/admin/settings");

        Assert.Equal("12:00", Value(page, "#Input_Opens"));
        Assert.Equal("23:59", Value(page, "#Input_Closes"));
        Assert.Equal("12:00", Value(page, "#Input_AllocationAt"));
        Assert.Equal("14", Value(page, "#Input_LeadDays"));
        Assert.Equal("50", Value(page, "#Input_LongestWaitingPercent"));
        Assert.Equal("23", Value(page, "#Input_ConfirmationHours"));
        Assert.Equal("3", Value(page, "#Input_ReminderHours"));
        Assert.Equal("8", Value(page, "#Input_GroupMaximum"));
        Assert.Equal(27, page.QuerySelectorAll("input[name='Input.EligibleStates']:checked").Length);
        Assert.NotNull((await admin.GetPageAsync("/admin")).QuerySelector("a[href='/admin/settings']"));
    }

    [Fact]
    public async Task Saved_settings_apply_at_once_without_a_restart_and_are_audited_before_and_after()
    {
        var admin = await app.AdminAsync();
        var applicant = app.CreateBrowserClient();
        await applicant.SignInAsDemoAsync("applicant@border.test");

        var saved = await PostAsync(admin, new()
        {
            ["Input.Opens"] = "09:30",
            ["Input.Closes"] = "21:00",
            ["Input.LeadDays"] = "10",
            ["Input.LongestWaitingPercent"] = "25",
            ["Input.ConfirmationHours"] = "30",
            ["Input.ReminderHours"] = "5",
            ["Input.GroupMaximum"] = "4",
        }, states: ["SON", "CHH"]);

        Assert.Equal("/admin/settings?saved=true", saved.Headers.Location!.OriginalString);
        var rules = await SendAsync(new GetAllocationRules());
        Assert.Equal(10, rules.LeadDays);
        Assert.Equal(0.25m, rules.LongestWaitingShare);
        Assert.Equal(TimeSpan.FromHours(30), rules.ConfirmationTime);
        var options = await SendAsync(new GetRequestOptions(await UserIdAsync("applicant@border.test")));
        Assert.Equal(["CHH", "SON"], options.EligibleStates.Order(StringComparer.Ordinal));
        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.Window.OpensAt, eastern).DateTime));
        Assert.Equal(options.Window.WindowDate.AddDays(11), options.AppointmentDate);
        Assert.Contains("of at most 4 people.", (await applicant.GetPageAsync("/profile/group")).Body!.TextContent, StringComparison.Ordinal);

        var page = await admin.GetPageAsync("/admin/settings?saved=true");
        Assert.NotNull(page.QuerySelector(".notice[role=status]"));
        Assert.Equal("09:30", Value(page, "#Input_Opens"));
        Assert.Equal(1L, await ScalarAsync<long>(
            """
            SELECT count(*) FROM platform.audit_entries WHERE action = 'settings.changed'
              AND before->>'Scheduling:Draw:LongestWaitingShare' = '0.5' AND after->>'Scheduling:Draw:LongestWaitingShare' = '0.25'
              AND after->>'Scheduling:Region:EligibleStates' = 'CHH,SON' AND after->>'Accounts:Group:MaximumSize' = '4'
              AND NOT (after ? 'Scheduling:Allocation:RunAt')
            """));
        await PutBackAsync(admin);
    }

    [Fact]
    public async Task A_new_draw_time_reschedules_the_recurring_draw_and_tells_applicants_the_new_time()
    {
        var admin = await app.AdminAsync();

        var saved = await PostAsync(admin, new() { ["Input.AllocationAt"] = "15:45" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draw = Draw();
        Assert.Equal("45 15 * * *", draw.Cron);
        Assert.Equal("America/New_York", draw.TimeZoneId);
        Assert.Equal(new TimeOnly(15, 45), (await SendAsync(new GetAllocationRules())).RunAt);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE action = 'settings.changed' AND after->>'Scheduling:Allocation:RunAt' = '15:45'"));
        Assert.Equal("15:45", Value(await admin.GetPageAsync("/admin/settings"), "#Input_AllocationAt"));
        await PutBackAsync(admin);
    }

    [Fact]
    public async Task Another_node_sees_a_saved_setting_at_its_next_poll()
    {
        var admin = await app.AdminAsync();
        await using var other = new PollingWebApp(app.Database);
        await other.InitializeAsync();
        other.CreateBrowserClient();

        await PostAsync(admin, new() { ["Input.LeadDays"] = "21" });

        var leadDays = 0;
        for (var attempt = 0; attempt < 100 && leadDays != 21; attempt++)
        {
            await Task.Delay(100);
            await using var scope = other.Services.CreateAsyncScope();
            leadDays = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetAllocationRules())).LeadDays;
        }

        Assert.Equal(21, leadDays);
        await PutBackAsync(admin);
    }

    [Theory]
    [InlineData("en", "The request window must open before it closes.", "Enter a lead time from 2 to 60 days.", "Enter a share from 0 to 100 percent.", "The reminder must go at least 1 hour before the deadline and within the confirmation time.", "Choose at least one state whose people may request.", "Enter a group size from 1 to 20 people.")]
    [InlineData("es", "El horario de solicitudes debe abrir antes de cerrar.", "Escriba una anticipación de 2 a 60 días.", "Escriba una parte de 0 a 100 por ciento.", "El recordatorio debe enviarse al menos 1 hora antes del plazo y dentro del tiempo para confirmar.", "Elija al menos un estado cuyas personas puedan solicitar.", "Escriba un tamaño de grupo de 1 a 20 personas.")]
    public async Task Wrong_values_are_refused_with_reasons_and_kept(string language, string window, string lead, string share, string reminder, string states, string group)
    {
        var admin = await app.AdminAsync(language);
        var before = await SendAsync(new GetAllocationRules());

        var refused = await PostAsync(admin, new()
        {
            ["Input.Opens"] = "22:00",
            ["Input.Closes"] = "08:00",
            ["Input.LeadDays"] = "1",
            ["Input.LongestWaitingPercent"] = "120",
            ["Input.ConfirmationHours"] = "10",
            ["Input.ReminderHours"] = "12",
            ["Input.GroupMaximum"] = "25",
        }, states: []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(
            [("#Input_Opens", window), ("#Input_LeadDays", lead), ("#Input_LongestWaitingPercent", share), ("#Input_ReminderHours", reminder), ("#Input_EligibleStates", states), ("#Input_GroupMaximum", group)],
            [.. page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent))]);
        Assert.Equal("22:00", Value(page, "#Input_Opens"));
        Assert.Equal("1", Value(page, "#Input_LeadDays"));
        Assert.Equal("120", Value(page, "#Input_LongestWaitingPercent"));
        Assert.Equal("25", Value(page, "#Input_GroupMaximum"));
        Assert.Empty(page.QuerySelectorAll("input[name='Input.EligibleStates']:checked"));
        Assert.Equal(before, await SendAsync(new GetAllocationRules()));
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_refused_and_kept()
    {
        var admin = await app.AdminAsync();

        var refused = await PostAsync(admin, new() { ["Input.LeadDays"] = "two weeks" });

        var page = await refused.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("two weeks", Value(page, "#Input_LeadDays"));
        Assert.Single(page.QuerySelectorAll(".error-summary a"));
    }

    [Theory]
    [InlineData("en", "Enter Requests open at.", "Enter Lead time in days.")]
    [InlineData("es", "Escriba Las solicitudes abren a las.", "Escriba Anticipación en días.")]
    public async Task An_empty_field_is_asked_for_by_its_label_in_the_admins_language(string language, string opens, string lead)
    {
        var admin = await app.AdminAsync(language);

        var refused = await PostAsync(admin, new() { ["Input.Opens"] = "", ["Input.LeadDays"] = "" });

        var page = await refused.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(
            [("#Input_Opens", opens), ("#Input_LeadDays", lead)],
            [.. page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href")!, a.TextContent))]);
        Assert.Equal(page.QuerySelector("label[for='Input_Opens']")!.TextContent + ".", opens[(opens.IndexOf(' ') + 1)..]);
    }

    /// <summary>Posts the form as shown, with <paramref name="changes"/> over it and, when given, these states ticked.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, Dictionary<string, string> changes, string[]? states = null)
    {
        var form = (await admin.GetPageAsync("/admin/settings")).Forms.Last();
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type != "checkbox" || (states is null && i.IsChecked)))
            .Select(i => new KeyValuePair<string, string>(i.Name!, changes.TryGetValue(i.Name!, out var changed) ? changed : i.Value))
            .ToList();
        fields.AddRange((states ?? []).Select(code => new KeyValuePair<string, string>("Input.EligibleStates", code)));
        return await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(fields));
    }

    /// <summary>The defaults again, so the tests of this class do not depend on their order.</summary>
    private async Task PutBackAsync(HttpClient admin)
    {
        var response = await PostAsync(admin, new()
        {
            ["Input.Opens"] = "12:00", ["Input.Closes"] = "23:59", ["Input.AllocationAt"] = "12:00", ["Input.LeadDays"] = "14",
            ["Input.LongestWaitingPercent"] = "50", ["Input.ConfirmationHours"] = "23", ["Input.ReminderHours"] = "3", ["Input.GroupMaximum"] = "8",
        }, states: app.Services.GetServices<SettingDefault>().Single(d => d.Key == SettingKeys.EligibleStates).Value.Split(','));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string Value(IHtmlDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).Value;

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        app.CreateBrowserClient();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private RecurringJobDto Draw()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs(["allocation"]).Single();
    }

    private Task<Guid> UserIdAsync(string email) => ScalarAsync<Guid>($"SELECT id FROM accounts.users WHERE email = '{email}'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A second node on the same database that polls the settings every second.</summary>
    private sealed class PollingWebApp(string database) : BorderWebApp(sharedDatabase: database)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Settings:PollSeconds", "1")];
    }
}
