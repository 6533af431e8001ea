using System.Net;
using System.Security.Cryptography.X509Certificates;
using Border.Testing;
using Border.Testing.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One test class's Border: its own cloned database, the real site served by Kestrel over HTTPS on a free
/// loopback port (Chromium needs a socket), and one headless Chromium.
/// </summary>
public class SiteFixture : IAsyncLifetime
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

    public SiteFixture()
        : this(TimeProvider.System)
    {
    }

    /// <summary>A site on its own clock, for a test that needs another time of day than now.</summary>
    protected SiteFixture(TimeProvider clock)
    {
        Clock = clock;
        app = new ServedBorder(Smtp.Port, new Uri($"https://127.0.0.1:{port}/"), clock == TimeProvider.System ? null : clock);
    }

    /// <summary>The errors the site logged so far, one a line, for a failed assertion's message.</summary>
    public string ServerErrors() =>
        string.Join("\n", app.Errors.Entries.Select(e => $"{e.Category}: {e.Message} {e.Exception}"));

    /// <summary>The time as the site sees it.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// Border's composition on this site's database and clock, built but not serving: a test prepares what a
    /// person did long before (a finished profile) through the modules' own use cases. Dispose it when done.
    /// </summary>
    /// <remarks>A second host on the same data, as Border.Testing's use-case tests build, not the served site's own services.</remarks>
    public BorderHost BuildHost() =>
        BorderHost.ForDatabase(app.Database, services: services => services.AddSingleton(Clock));

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
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, ViewportSize? viewport = null) =>
        Browser.NewContextAsync(ContextOptions(javaScriptEnabled, viewport));

    /// <summary>
    /// A fresh browser profile already signed in as the account, as a second window of the same browser is: the
    /// account signs in through the real forms once on this site, and each profile starts with those cookies.
    /// For tests about what a signed-in person sees, not about signing in (staff would otherwise wait for a new
    /// authenticator step at every test, as a code works once).
    /// </summary>
    internal async Task<IBrowserContext> NewSignedInContextAsync(DemoAccount account)
    {
        var state = await signedIn.GetOrAdd(account.Email, _ => new Lazy<Task<string>>(() => SignInOnceAsync(account))).Value;
        var options = ContextOptions(javaScriptEnabled: true, viewport: null);
        options.StorageState = state;
        return await Browser.NewContextAsync(options);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> signedIn = new();

    private async Task<string> SignInOnceAsync(DemoAccount account)
    {
        await using var context = await NewContextAsync();
        var page = await NewPageAsync(context);
        await SignInSteps.SignInAsync(page, account);
        return await context.StorageStateAsync();
    }

    private BrowserNewContextOptions ContextOptions(bool javaScriptEnabled, ViewportSize? viewport) => new()
    {
        ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 720 },
        BaseURL = Address.ToString(),
        JavaScriptEnabled = javaScriptEnabled,
        IgnoreHTTPSErrors = true,
        Locale = "en-US",
    };

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
