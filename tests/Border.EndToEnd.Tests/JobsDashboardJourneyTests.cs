using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>
/// The jobs dashboard as an admin uses it: in Spanish, a recurring job run by hand from its list, and the audit log
/// showing who did it; an officer is not shown that the dashboard exists.
/// </summary>
public sealed class JobsDashboardJourneyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Job = "outbox-cleanup";

    [Fact]
    public async Task An_admin_runs_the_outbox_cleanup_from_the_Spanish_dashboard_the_audit_log_shows_it_and_an_officer_gets_404()
    {
        await using var adminContext = await site.NewContextAsync();
        var admin = await site.NewPageAsync(adminContext);
        await SignInSteps.SignInAsync(admin, DemoAccount.Admin);

        await admin.Locator("header a[hreflang='es']").ClickAsync();
        await Expect(admin.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await admin.Locator("main a[href='/admin/hangfire']").ClickAsync();
        await SignInSteps.WaitForPathAsync(admin, "/admin/hangfire");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tareas recurrentes" }).First.ClickAsync();
        await SignInSteps.WaitForPathAsync(admin, "/admin/hangfire/recurring");

        // Should the dashboard ask to confirm, the admin says yes, as a person would.
        admin.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        // Hangfire's own list: tick the job's row, then its trigger button, which posts with the antiforgery header.
        await admin.Locator("tr", new() { HasText = Job }).Locator("input[type=checkbox]").CheckAsync();
        var trigger = admin.GetByRole(AriaRole.Button, new() { Name = "Lanzar ahora" });
        await Expect(trigger).ToBeEnabledAsync();
        // The dashboard reloads its list once the trigger answers; going on before that reload has finished would have it
        // cancel the next page. The list's document is marked, so the reloaded one is told apart from it.
        await admin.EvaluateAsync("() => { window.borderBeforeTrigger = true; }");
        var reloaded = admin.WaitForResponseAsync(response =>
            response.Request.IsNavigationRequest && response.Url.EndsWith("/admin/hangfire/recurring", StringComparison.Ordinal));
        var posted = await admin.RunAndWaitForResponseAsync(
            () => trigger.ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/admin/hangfire/recurring/trigger", StringComparison.Ordinal));
        Assert.True(posted.Ok, $"The trigger answered {posted.Status}.");
        await reloaded;
        await admin.WaitForFunctionAsync("() => window.borderBeforeTrigger === undefined && document.readyState === 'complete'");

        await admin.GotoAsync("/admin/audit");
        await admin.Locator("#actor").FillAsync(DemoAccount.Admin.Email);
        await admin.Locator("#action").SelectOptionAsync("jobs.triggered");
        await admin.Locator("form[role=search] button[type=submit]").ClickAsync();
        var entry = admin.Locator("table.audit tbody tr");
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("Tarea ejecutada");
        await entry.Locator("summary").ClickAsync();
        await Expect(entry.Locator("pre")).ToContainTextAsync(Job);

        await using var officerContext = await site.NewContextAsync();
        var officer = await site.NewPageAsync(officerContext);
        await SignInSteps.SignInAsync(officer, DemoAccount.Officer);
        var refused = await officer.GotoAsync("/admin/hangfire");
        Assert.Equal(404, refused!.Status);
    }
}
