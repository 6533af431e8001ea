using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Border.EndToEnd.Tests;

/// <summary>An applicant page's first visit: at most 14 KB of HTML and CSS with Brotli, no script, fonts or images.</summary>
public sealed class PageBudgetTests(SiteFixture site, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    private const int Budget = 14 * 1024;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/account/check-email")]
    [InlineData("/policy-updates")]
    [InlineData("/allocation")]
    [InlineData("/cases/status")]
    [InlineData("/requirements")]
    [InlineData("/requirements/what-to-bring")]
    [InlineData("/requirements/request-window")]
    public async Task A_first_visit_transfers_at_most_14_KB_of_Brotli_HTML_and_CSS(string path)
    {
        using var wire = site.CreateWireClient();

        var transfers = await PageWeight.FirstVisitAsync(wire, path);

        var report = string.Join("\n  ", transfers);
        Assert.True(transfers.Count >= 2, $"{path} links no stylesheet:\n  {report}");
        Assert.All(transfers, transfer => Assert.Equal("br", transfer.Encoding));
        var total = transfers.Sum(transfer => transfer.Bytes);
        output.WriteLine($"{path}: {total} of {Budget} bytes\n  {report}");
        Assert.True(total <= Budget, $"{path} costs {total} bytes, over the {Budget}-byte budget:\n  {report}");
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_cached_for_a_year()
    {
        using var wire = site.CreateWireClient();

        var transfers = await PageWeight.FirstVisitAsync(wire, "/account/sign-in");

        Assert.All(transfers.Skip(1), stylesheet =>
        {
            Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", stylesheet.Path);
            Assert.Contains("max-age=31536000", stylesheet.CacheControl, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    public async Task A_page_has_no_script_and_loads_no_fonts_or_images(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(0, await page.Locator("script").CountAsync());
        var loaded = requests.Select(request => $"{request.ResourceType} {request.Url}").ToList();
        Assert.DoesNotContain(requests, request => request.ResourceType is "script" or "font" or "image" or "media");
        Assert.All(requests, request => Assert.True(
            new Uri(request.Url).Authority == site.Address.Authority, $"Loaded from elsewhere: {string.Join(", ", loaded)}"));
    }
}
