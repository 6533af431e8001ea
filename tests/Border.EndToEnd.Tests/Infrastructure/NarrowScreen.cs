using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>A cheap phone's screen: every page fits 360 px across without the page itself scrolling sideways.</summary>
internal static class NarrowScreen
{
    public const int Width = 360;

    public const int Height = 640;

    public static ViewportSize Viewport => new() { Width = Width, Height = Height };

    /// <summary>
    /// Measured in a page with script on (the measure is script; a journey with script off has the same layout, as
    /// the site sends the same HTML and CSS either way). Tables may scroll inside their own box; the page may not.
    /// </summary>
    public static async Task AssertFitsAsync(IPage withScript, string path)
    {
        if (CurrentPath(withScript) != path)
        {
            await withScript.GotoAsync(path);
        }

        await withScript.SetViewportSizeAsync(Width, Height);
        var width = await withScript.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > Width)
        {
            Assert.Fail($"{path} is {width} px wide at {Width} × {Height}: the page scrolls sideways. Too wide: {await WidestAsync(withScript)}");
        }
    }

    /// <summary>The home page says where the applicant stands, and fits the screen.</summary>
    public static async Task AssertHomeSaysAsync(IPage withScript, string expected)
    {
        await withScript.GotoAsync("/");
        await Expect(withScript.Locator("main .standing")).ToContainTextAsync(expected);
        await AssertFitsAsync(withScript, "/");
    }

    /// <summary>
    /// The innermost elements, and the runs of text (a long unbroken word overflows its box without widening it),
    /// reaching past the screen's edge, so a failure names what to fix.
    /// </summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        $$"""
        (() => {
          const past = r => Math.round(r.right) > {{Width}};
          const name = e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '');
          const elements = [...document.querySelectorAll('body *')]
            .filter(e => past(e.getBoundingClientRect()) && ![...e.children].some(c => past(c.getBoundingClientRect())))
            .map(e => name(e) + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const box = range.getBoundingClientRect();
            if (past(box)) texts.push(name(node.parentElement) + ' text ' + Math.round(box.right) + 'px: ' + node.textContent.trim().slice(0, 50));
          }
          return [...elements, ...texts].slice(0, 8).join(' | ');
        })()
        """);

    private static string CurrentPath(IPage page) => new Uri(page.Url).PathAndQuery;
}
