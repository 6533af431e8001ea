using System.Net;
using System.Security.Cryptography.X509Certificates;
using Border.Testing;
using Border.Testing.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One test class's Border: its own cloned database, the real site served by Kestrel over HTTPS on a free
/// loopback port (Chromium needs a socket), and one headless Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly int port = FreeLoopbackPort();
    private readonly ServedBorder app;
    private readonly X509Certificate2 certificate = LoopbackCertificate.Create();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private Uri? address;

    /// <summary>The site's root, such as https://127.0.0.1:41234/.</summary>
    public Uri Address => address ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The mail server the site sends to; what it received is what a person would find in their mailbox.</summary>
    public SmtpListener Smtp { get; } = SmtpListener.Started();

    public SiteFixture() => app = new ServedBorder(Smtp.Port, new Uri($"https://127.0.0.1:{port}/"));

    public async Task InitializeAsync()
    {
        try
        {
            await app.InitializeAsync();
            app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
            await Task.Run(app.StartServer);
            address = app.ClientOptions.BaseAddress;
            Assertions.SetDefaultExpectTimeout(15_000);
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        }
        catch
        {
            // xunit does not dispose a fixture that failed to start: drop its database and browser here.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser profile (no cookies) that reads English first, as a new visitor's phone would.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            IgnoreHTTPSErrors = true,
            Locale = "en-US",
        });

    /// <summary>A page in a fresh context; disposing the context closes the page.</summary>
    public async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        // Generous: the tests assert behaviour, never speed, and share two cores with Chromium and the server.
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>
    /// A client that sees the wire: no decompression, no cookies, no redirects; it trusts only this site's
    /// own certificate.
    /// </summary>
    public HttpClient CreateWireClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            AllowAutoRedirect = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    /// <summary>Chosen before the site starts, so the links in its emails can name its real address.</summary>
    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await ((IAsyncLifetime)app).DisposeAsync();
        await Smtp.DisposeAsync();
        certificate.Dispose();
    }
}
