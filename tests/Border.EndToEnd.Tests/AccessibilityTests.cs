using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests;

/// <summary>Every page that exists, in English and Spanish, signed out and as the role it is for.</summary>
public sealed class AccessibilityTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string, string> SignedOutPages => InBothLanguages(
        "/", "/account/sign-in", "/account/register", "/account/two-factor", "/policy-updates",
        "/account/forgot-password", "/account/confirm-email", "/account/check-email", "/account/reset-password", "/allocation", "/cases/status",
        "/requirements", "/requirements/ports", "/requirements/advance-information", "/no-such-page");

    public static TheoryData<string, string> ApplicantPages => InBothLanguages(
        "/notifications", "/notifications/settings", "/account/password", "/account/privacy", "/account/two-factor/setup",
        "/profile", "/profile/name", "/profile/birth", "/profile/nationality", "/profile/contact", "/profile/location",
        "/profile/destination", "/profile/language", "/profile/selfie", "/profile/group", "/profile/group/add",
        "/cases", "/cases/new/advance-information", "/messages", "/messages/new");

    public static TheoryData<string, string> SupervisorPages => InBothLanguages(
        "/staff/policy-updates", "/staff/policy-updates/new", "/staff/applicants", "/staff/check-in", "/staff/cases", "/staff/appeals", "/staff/messages",
        "/staff/requirements", "/staff/requirements/ports", "/staff/requirements/ports/versions/1");

    public static TheoryData<string, string> AdminPages => InBothLanguages(
        "/admin/accounts", "/admin/accounts/invite", "/admin/audit", "/admin/settings", "/admin/audit?actor=nobody%40example.test&from=2021-03-05&to=2021-03-04");

    public static TheoryData<string, string> Roles => InBothLanguages("applicant", "officer", "supervisor", "admin");

    public static TheoryData<string, string> FormsWithErrors => InBothLanguages(
        "/account/sign-in", "/account/register", "/account/two-factor", "/account/forgot-password");

    [Theory]
    [MemberData(nameof(SignedOutPages))]
    public async Task A_signed_out_page_has_no_axe_violations(string path, string language)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);

        await OpenInAsync(page, language, path);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task A_role_s_own_area_has_no_axe_violations(string role, string language)
    {
        var account = DemoAccount.Named(role);
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        await SignInSteps.SignInAsync(page, account);

        await OpenInAsync(page, language, account.LandingPath);

        Assert.Equal(account.LandingPath, SignInSteps.PathOf(page.Url));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(ApplicantPages))]
    public async Task A_signed_in_applicant_page_has_no_axe_violations(string path, string language)
    {
        await using var context = await site.NewSignedInContextAsync(DemoAccount.Named("applicant"));
        var page = await site.NewPageAsync(context);

        await OpenInAsync(page, language, path);

        Assert.Equal(path, SignInSteps.PathOf(page.Url));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(SupervisorPages))]
    public async Task A_supervisor_page_has_no_axe_violations_even_with_errors(string path, string language)
    {
        await using var context = await site.NewSignedInContextAsync(DemoAccount.Named("supervisor"));
        var page = await site.NewPageAsync(context);

        await OpenInAsync(page, language, path);
        Assert.Equal(path, SignInSteps.PathOf(page.Url));
        await Axe.AssertNoViolationsAsync(page);

        if (path.EndsWith("/new", StringComparison.Ordinal) || path == "/staff/check-in")
        {
            await page.Locator("main button[type=submit]").ClickAsync();
            await page.Locator(".error-summary").WaitForAsync();
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_admin_page_has_no_axe_violations(string path, string language)
    {
        await using var context = await site.NewSignedInContextAsync(DemoAccount.Named("admin"));
        var page = await site.NewPageAsync(context);
        // A search in the lookup is audited, so the log has a row with a before-and-after to check.
        await page.GotoAsync("/staff/applicants?q=applicant");

        await OpenInAsync(page, language, path);

        Assert.Equal(path.Split('?')[0], SignInSteps.PathOf(page.Url));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(FormsWithErrors))]
    public async Task A_form_sent_empty_shows_its_errors_with_no_axe_violations(string path, string language)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        await OpenInAsync(page, language, path);

        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>Chooses the language with the site's own switch, which then brings the person to the path.</summary>
    private static async Task OpenInAsync(IPage page, string language, string path)
    {
        await page.GotoAsync($"/language/{language}?returnUrl={Uri.EscapeDataString(path)}");
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static TheoryData<string, string> InBothLanguages(params string[] subjects)
    {
        var data = new TheoryData<string, string>();
        foreach (var subject in subjects)
        {
            data.Add(subject, "en");
            data.Add(subject, "es");
        }

        return data;
    }
}
