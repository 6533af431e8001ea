using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>axe-core with the WCAG 2.0 and 2.1 level A and AA rules, failing with every violation listed.</summary>
internal static class Axe
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        },
        // Only violations come back with their nodes: a smaller result to carry out of the browser.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var found = result.Violations
            .SelectMany(rule => rule.Nodes.Select(node => $"  {rule.Id} ({rule.Impact}) at {node.Target}: {rule.Help}\n    {node.Html}"))
            .ToList();
        var language = await page.Locator("html").GetAttributeAsync("lang");
        Assert.True(found.Count == 0, $"axe found {found.Count} violation(s) on {page.Url} (lang={language}):\n{string.Join('\n', found)}");
    }
}
