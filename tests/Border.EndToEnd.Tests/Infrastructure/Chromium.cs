using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium: Playwright's own browser download cannot work here.</summary>
internal static class Chromium
{
    public static BrowserTypeLaunchOptions LaunchOptions { get; } = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    };
}
