using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What every page of a journey without script must pass: its weight on the wire and axe. axe is script, so it runs
/// in a twin browser profile with script on that carries the journey's cookies at that moment: the same person on
/// the same page, with no second sign-in (a staff code is refused when used twice). Reading a page changes nothing,
/// so the journey goes on as it was.
/// </summary>
internal sealed class PageChecks(SiteFixture site, ITestOutputHelper output) : IAsyncDisposable
{
    /// <summary>An applicant page's first visit, HTML and CSS with Brotli (DESIGN.md).</summary>
    public const int Budget = 14 * 1024;

    private readonly System.Diagnostics.Stopwatch elapsed = System.Diagnostics.Stopwatch.StartNew();
    private IBrowserContext? twinContext;
    private IPage? twin;

    /// <summary>An applicant's page: within the budget, no axe violations, fits a narrow screen.</summary>
    public async Task ApplicantPageAsync(IPage journey)
    {
        await WeighAsync(journey);
        await AxeAsync(journey, narrow: true);
    }

    /// <summary>A staff page: no axe violations (the budget and the phone's width are the applicant's).</summary>
    public Task StaffPageAsync(IPage journey) => AxeAsync(journey, narrow: false);

    /// <summary>The page as a first visit costs it (HTML and CSS, Brotli), within the budget.</summary>
    public async Task WeighAsync(IPage journey)
    {
        var path = new Uri(journey.Url).PathAndQuery;
        var cookies = await journey.Context.CookiesAsync();
        using var wire = site.CreateWireClient();
        var transfers = await PageWeight.FirstVisitAsync(wire, path, string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var total = transfers.Sum(transfer => transfer.Bytes);
        var report = string.Join("\n  ", transfers);
        output.WriteLine($"{elapsed.Elapsed:mm\\:ss} {path}: {total} of {Budget} bytes\n  {report}");
        Assert.All(transfers, transfer => Assert.Equal("br", transfer.Encoding));
        Assert.True(total <= Budget, $"{path} costs {total} bytes, over the {Budget}-byte budget:\n  {report}");
    }

    /// <summary>The journey's page opened in the twin with script on: no axe violations, and, if asked, it fits 360 px.</summary>
    private async Task AxeAsync(IPage journey, bool narrow)
    {
        var page = await TwinAsync();
        output.WriteLine($"{elapsed.Elapsed:mm\\:ss} axe {journey.Url}");
        await page.Context.ClearCookiesAsync();
        await page.Context.AddCookiesAsync((await journey.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            Expires = c.Expires,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        await page.SetViewportSizeAsync(narrow ? NarrowScreen.Width : 1280, narrow ? NarrowScreen.Height : 720);
        await page.GotoAsync(journey.Url);
        Assert.Equal(SignInSteps.PathOf(journey.Url), SignInSteps.PathOf(page.Url));
        await Axe.AssertNoViolationsAsync(page).WaitAsync(TimeSpan.FromMinutes(1));
        if (narrow)
        {
            await NarrowScreen.AssertFitsAsync(page, new Uri(journey.Url).PathAndQuery);
        }
    }

    private async Task<IPage> TwinAsync()
    {
        if (twin is null)
        {
            twinContext = await site.NewContextAsync();
            twin = await site.NewPageAsync(twinContext);
        }

        return twin;
    }

    public async ValueTask DisposeAsync()
    {
        if (twinContext is not null)
        {
            await twinContext.DisposeAsync();
        }
    }
}
