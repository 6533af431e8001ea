using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests;

/// <summary>
/// Every staff and admin page a supervisor and an admin open, at 360 × 640: the page never scrolls sideways (a wide
/// table scrolls inside its own box) and the header does not push it wider.
/// </summary>
public sealed class NarrowStaffPagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] SupervisorPages =
    [
        "/staff", "/staff/cases", "/staff/cases?port=all&claimed=true", "/staff/appeals", "/staff/check-in", "/staff/applicants",
        "/staff/applicants?q=applicant", "/staff/allocation", "/staff/policy-updates", "/staff/policy-updates/new", "/staff/requirements",
        "/staff/requirements/ports", "/staff/requirements/ports/versions/1", "/staff/watch-list/import", "/staff/ports", "/staff/ports/san-ysidro",
        "/staff/ports/san-ysidro/capacity", "/staff/ports/san-ysidro/dates/new", "/staff/ports/san-ysidro/roster", "/staff/messages",
        "/notifications", "/account/sessions",
    ];

    private static readonly string[] AdminPages =
    [
        "/admin", "/admin/accounts", "/admin/accounts/invite", "/admin/audit", "/admin/settings", "/admin/settings/draw",
    ];

    [Fact]
    public async Task Every_supervisor_page_fits_a_360_pixel_screen()
    {
        await using var context = await site.NewContextAsync(viewport: NarrowScreen.Viewport);
        var page = await site.NewPageAsync(context);
        await SignInSteps.SignInAsync(page, DemoAccount.Supervisor);

        foreach (var path in SupervisorPages)
        {
            await NarrowScreen.AssertFitsAsync(page, path);
        }
    }

    [Fact]
    public async Task Every_admin_page_fits_a_360_pixel_screen_with_an_account_s_own_pages()
    {
        await using var context = await site.NewContextAsync(viewport: NarrowScreen.Viewport);
        var page = await site.NewPageAsync(context);
        await SignInSteps.SignInAsync(page, DemoAccount.Named("admin"));
        // A search in the lookup is audited, so the audit log has a row to lay out.
        await page.GotoAsync("/staff/applicants?q=applicant");

        foreach (var path in AdminPages)
        {
            await NarrowScreen.AssertFitsAsync(page, path);
        }

        await page.GotoAsync("/admin/accounts");
        await page.Locator("main a", new() { HasText = "supervisor@border.test" }).First.ClickAsync();
        var account = new Uri(page.Url).AbsolutePath;
        foreach (var path in new[] { account, $"{account}/home-port", $"{account}/choose-role", $"{account}/disable" })
        {
            await NarrowScreen.AssertFitsAsync(page, path);
        }
    }
}
