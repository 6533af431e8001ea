using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;
using Npgsql;

namespace Border.Web.Tests.Admin;

/// <summary>An admin suspends the daily draw with a reason in both languages and lifts it; each change is audited.</summary>
public sealed class DrawSuspensionPageTests(AdminWebApp app) : IClassFixture<AdminWebApp>
{
    private const string Path = "/admin/settings/draw";

    [Theory]
    [InlineData("en", "Enter the reason in English, at most 300 characters.", "Enter the reason in Spanish, at most 300 characters.")]
    [InlineData("es", "Escriba el motivo en inglés, de 300 caracteres como máximo.", "Escriba el motivo en español, de 300 caracteres como máximo.")]
    public async Task Suspending_without_both_reasons_is_refused_in_the_admins_language(string language, string english, string spanish)
    {
        var admin = await app.AdminAsync(language);

        var refused = await admin.PostFormAsync(Path, new Dictionary<string, string>
        {
            ["Input.ReasonEnglish"] = "  ",
            ["Input.ReasonSpanish"] = new string('x', 301),
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var summary = page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Equal([english, spanish], summary);
        Assert.Equal(["#Input_ReasonEnglish", "#Input_ReasonSpanish"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(0L, await AuditCountAsync("scheduling.allocation-suspended"));
        await app.AdminAsync();
    }

    [Fact]
    public async Task The_draw_is_suspended_with_its_reasons_and_lifted_and_both_changes_are_audited_with_the_admins_id()
    {
        var admin = await app.AdminAsync();
        Assert.NotNull((await admin.GetPageAsync("/admin/settings")).QuerySelector($"a[href='{Path}']"));

        var suspended = await admin.PostFormAsync(Path, new Dictionary<string, string>
        {
            ["Input.ReasonEnglish"] = "The ports are closed for the holiday.",
            ["Input.ReasonSpanish"] = "Los puertos están cerrados por el feriado.",
        });

        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        var shown = await admin.GetPageAsync(suspended.Headers.Location!.OriginalString);
        Assert.Contains("The daily draw is suspended.", shown.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Los puertos están cerrados por el feriado.", shown.QuerySelector("dl.details")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The ports are closed for the holiday.", (await admin.GetPageAsync("/admin/settings")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await AuditCountAsync(
            "scheduling.allocation-suspended",
            "AND before->>'Scheduling:Allocation:Suspension:Suspended' = 'false' AND after->>'Scheduling:Allocation:Suspension:Suspended' = 'true'"
            + " AND after->>'Scheduling:Allocation:Suspension:ReasonSpanish' = 'Los puertos están cerrados por el feriado.'"));

        var forms = (await admin.GetPageAsync(Path)).Forms.Where(f => !f.Action.EndsWith("/account/sign-out", StringComparison.Ordinal)).ToList();
        var lifted = await admin.PostFormAsync(Path, new Dictionary<string, string>(), forms.FindIndex(f => f.Action.EndsWith("handler=Lift", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        var after = await admin.GetPageAsync(lifted.Headers.Location!.OriginalString);
        Assert.Null(after.QuerySelector("dl.details"));
        Assert.Equal(1L, await AuditCountAsync(
            "scheduling.allocation-resumed",
            "AND before->>'Scheduling:Allocation:Suspension:ReasonEnglish' = 'The ports are closed for the holiday.'"
            + " AND after->>'Scheduling:Allocation:Suspension:Suspended' = 'false'"));
        var audit = await admin.GetPageAsync("/admin/audit?action=scheduling.allocation-resumed");
        Assert.Contains("Daily draw suspension lifted", audit.QuerySelector("table.audit")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Entries of the action by the demo admin, with <paramref name="condition"/> on their before and after.</summary>
    private async Task<long> AuditCountAsync(string action, string condition = "")
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT count(*) FROM platform.audit_entries a JOIN accounts.users u ON u.id = a.actor_id
            WHERE u.email = 'admin@border.test' AND a.action = $1 {condition}
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = action });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
