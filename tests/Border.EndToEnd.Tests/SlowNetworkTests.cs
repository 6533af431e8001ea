using Border.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests;

/// <summary>A phone on a poor connection: 400 ms latency, 400 kbit/s each way (behaviour only, never time).</summary>
public sealed class SlowNetworkTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const int BytesPerSecond = 400_000 / 8;

    [Fact]
    public async Task On_a_slow_connection_the_sign_in_page_loads_and_signing_in_works()
    {
        await using var context = await site.NewContextAsync();
        var page = await site.NewPageAsync(context);
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        await using var network = await context.NewCDPSessionAsync(page);
        await network.SendAsync("Network.enable");
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = BytesPerSecond,
            ["uploadThroughput"] = BytesPerSecond,
        });

        var response = await page.GotoAsync("/account/sign-in");

        Assert.Equal(200, response?.Status);
        Assert.True(await page.EvaluateAsync<bool>("() => document.styleSheets.length > 0"), "The stylesheet did not load.");
        await SignInSteps.SignInAsync(page, DemoAccount.Applicant);
        await Expect(page.Locator("main")).ToContainTextAsync(DemoAccount.Applicant.Email);
    }
}
