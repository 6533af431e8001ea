using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Testing;

/// <summary>
/// The whole site on its own cloned database, through WebApplicationFactory. Development by default,
/// so the demo accounts are seeded as `./border run` seeds them.
/// </summary>
/// <remarks>Given a database, it serves that one (a second web node on the same data) and leaves it in place.</remarks>
public class BorderWebApp(string environment = "Development", string? sharedDatabase = null)
    : WebApplicationFactory<Program>, Xunit.IAsyncLifetime
{
    private readonly bool ownsDatabase = sharedDatabase is null;
    private string? database = sharedDatabase;

    public string Database => database ?? throw new InvalidOperationException("Not initialized.");

    public virtual async Task InitializeAsync() => database ??= await TestDatabases.CreateAsync();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, string> SiteOfClient = [];

    /// <summary>An HTTPS client (the cookies are Secure and __Host-) that does not follow redirects.</summary>
    /// <param name="catchUp">
    /// Each request first waits until the site has heard every change committed so far (<see cref="CatchUpHandler"/>);
    /// false only for a test of what the person sees of their own change at once.
    /// </param>
    public HttpClient CreateBrowserClient(bool followRedirects = false, bool catchUp = true)
    {
        List<DelegatingHandler> handlers = [];
        if (followRedirects)
        {
            handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler());
        }

        handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        if (catchUp)
        {
            handlers.Add(new CatchUpHandler(Services.GetRequiredService<Border.Shared.Snapshots.PersonChangeListener>()));
        }

        var client = CreateDefaultClient(new Uri("https://localhost"), [.. handlers]);
        SiteOfClient.AddOrUpdate(client, Database);
        return client;
    }

    /// <summary>
    /// The database a browser client's site keeps its data in, which is what tells two sites apart (two
    /// web nodes on one database are one site); "any" for a client made some other way.
    /// </summary>
    public static string SiteOf(HttpClient client) => SiteOfClient.TryGetValue(client, out var site) ? site : "any";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Border", TestDatabases.ConnectionStringFor(Database));
        // The test clients speak HTTPS, so the cookies are the production ones: __Host- and Secure.
        builder.UseSetting("Cookies:Secure", "true");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("RateLimits:RegisterPerHour", "1000");
        builder.UseSetting("RateLimits:EmailLinksPerHour", "1000");
        builder.UseSetting("RateLimits:UploadsPerHour", "1000");
        builder.UseSetting("DataProtection:Certificate:Path", TestCertificates.KeyRingPath);
        builder.UseSetting("DataProtection:Certificate:Password", TestCertificates.Password);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration a test class needs, such as a low rate limit.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    async Task Xunit.IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null && ownsDatabase)
        {
            await TestDatabases.DropAsync(database);
        }
    }
}
