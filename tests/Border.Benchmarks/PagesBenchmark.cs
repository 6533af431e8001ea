using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Border.Benchmarks;

/// <summary>
/// Weighs each applicant page's first visit (its HTML plus the fingerprinted CSS it links), as served
/// with and without Brotli, against the design's 14 KB budget; then times sequential GETs of sign-in.
/// </summary>
internal sealed partial class PagesBenchmark : IBenchmark
{
    public const int BudgetBytes = 14 * 1024;

    private const int TimedRequests = 500;

    private static readonly string[] ApplicantPages =
        ["/", "/account/sign-in", "/account/register", "/account/check-email", "/policy-updates", "/requirements", "/requirements/what-to-bring", "/requirements/ports", "/cases/status"];

    /// <summary>
    /// Pages only a signed-in applicant sees; "{document}" is the demo applicant's own document page and
    /// "{conversation}" a conversation the run starts through the real form.
    /// </summary>
    private static readonly string[] SignedInPages =
    [
        "/", "/profile", "/profile/name", "/profile/birth", "/profile/nationality", "/profile/location", "/profile/destination",
        "/profile/documents/{document}", "/profile/documents/{document}/photo", "/profile/selfie", "/profile/group",
        "/profile/group/add", "/notifications", "/account/email", "/account/two-factor/setup", "/appointments", "/appointments/request",
        "/messages", "/messages/new", "/messages/{conversation}", "/cases", "/cases/new/advance-information",
    ];

    /// <summary>What a supervisor works in; "{conversation}" is the applicant's question started above, seen by staff.</summary>
    private static readonly string[] StaffPages =
    [
        "/staff", "/staff/messages", "/staff/messages/{conversation}", "/staff/messages/replies", "/staff/cases", "/staff/appeals",
        "/staff/check-in", "/staff/figures", "/staff/watch-list", "/staff/requirements", "/staff/ports", "/staff/applicants",
        "/staff/policy-updates/new",
    ];

    public string Name => "pages";

    public string Description => "bytes of each applicant page's HTML + CSS, plain and Brotli; sign-in requests/s";

    public async Task RunAsync(TextWriter output)
    {
        var site = new BenchmarkSite();
        await site.InitializeAsync();
        try
        {
            // No redirect, cookie or decompression handler: the bytes read are the bytes sent.
            using var client = site.CreateDefaultClient(new Uri("https://localhost"));
            await WeighAllAsync(output, new PageWeigher(client), ApplicantPages, "page");
            using var applicant = await SignedInClientAsync(site);
            var document = DocumentLink().Match(await applicant.GetStringAsync("/profile")).Groups["id"].Value;
            var conversation = await StartConversationAsync(applicant);
            string Resolve(string path) =>
                path.Replace("{document}", document, StringComparison.Ordinal).Replace("{conversation}", conversation, StringComparison.Ordinal);
            await WeighAllAsync(output, new PageWeigher(applicant), SignedInPages, "signed-in", Resolve);
            using var supervisor = await SignedInClientAsync(site, "supervisor@border.test");
            await WeighAllAsync(output, new PageWeigher(supervisor), StaffPages, "staff", Resolve);

            Figures.Write(output, "page-budget", BudgetBytes, "bytes");
            await TimeSignInAsync(output, client);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)site).DisposeAsync();
        }
    }

    /// <param name="resolve">The address to load for a path with placeholders; the figure keeps the placeholder, so its name is the same every run.</param>
    private static async Task WeighAllAsync(TextWriter output, PageWeigher weigher, IEnumerable<string> paths, string label, Func<string, string>? resolve = null)
    {
        foreach (var path in paths)
        {
            var page = await weigher.WeighAsync(resolve is null ? path : resolve(path));
            var stylesheets = Stylesheets(page.Html).ToList();
            if (stylesheets.Count == 0)
            {
                throw new BenchmarkFailedException($"{path} links no stylesheet; its weight would leave the CSS out.");
            }

            var css = new Weight(0, 0, ServedCompressed: true);
            foreach (var stylesheet in stylesheets)
            {
                css += (await weigher.WeighAsync(stylesheet)).Weight;
            }

            var total = page.Weight + css;
            if (total.Brotli > BudgetBytes)
            {
                throw new BenchmarkFailedException($"{path} costs {total.Brotli} bytes with Brotli, over the {BudgetBytes}-byte budget.");
            }

            Figures.Write(output, $"{label}-{path}", total.Brotli, $"bytes html+css {total.BrotliLabel}");
            Figures.Write(output, $"{label}-{path}-html", page.Weight.Brotli, $"bytes {page.Weight.BrotliLabel}");
            Figures.Write(output, $"{label}-{path}-css", css.Brotli, $"bytes {css.BrotliLabel}");
            Figures.Write(output, $"{label}-{path}-uncompressed", total.Uncompressed, "bytes html+css");
        }
    }

    /// <summary>A demo account signed in through the real forms (staff give their authenticator code); the client keeps the cookie and nothing else.</summary>
    private static async Task<HttpClient> SignedInClientAsync(BenchmarkSite site, string email = "applicant@border.test")
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        var form = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;
        using var signIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = Border.Accounts.Contracts.SeedDemoAccounts.Password,
        }));
        if (signIn.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new BenchmarkFailedException($"{email} could not sign in: {(int)signIn.StatusCode}.");
        }

        if (signIn.Headers.Location?.OriginalString is { } next && next.StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            var codeForm = await client.GetStringAsync(next);
            using var coded = await client.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(codeForm).Groups["token"].Value,
                ["Input.Code"] = await Border.Testing.Totp.CodeAsync(Border.Accounts.Contracts.SeedDemoAccounts.StaffAuthenticatorKey, $"{site.Database}|{email}"),
            }));
            if (coded.StatusCode != System.Net.HttpStatusCode.Redirect || coded.Headers.Location?.OriginalString.StartsWith("/account", StringComparison.Ordinal) == true)
            {
                throw new BenchmarkFailedException($"{email} could not give the authenticator code: {(int)coded.StatusCode} {coded.Headers.Location}.");
            }
        }

        return client;
    }

    /// <summary>A question sent through the applicant's own form; its page's path, as the redirect names it.</summary>
    private static async Task<string> StartConversationAsync(HttpClient applicant)
    {
        var form = await applicant.GetStringAsync("/messages/new");
        using var sent = await applicant.PostAsync("/messages/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups["token"].Value,
            ["Input.Key"] = FormKey().Match(form).Groups["key"].Value,
            ["Input.Topic"] = "General",
            ["Input.Subject"] = "Opening hours",
            ["Input.Body"] = "What time does the port open?",
        }));
        var path = sent.Headers.Location?.OriginalString;
        if (sent.StatusCode != System.Net.HttpStatusCode.Redirect || path is null || !path.StartsWith("/messages/", StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"The demo applicant could not start a conversation: {(int)sent.StatusCode}.");
        }

        return path["/messages/".Length..];
    }

    private static async Task TimeSignInAsync(TextWriter output, HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < TimedRequests; i++)
        {
            using var request = PageWeigher.Get("/account/sign-in", brotli: true);
            using var response = await client.SendAsync(request);
            PageWeigher.EnsureOk(response, "/account/sign-in");
            await response.Content.ReadAsByteArrayAsync();
        }

        watch.Stop();
        Figures.Write(output, "sign-in-page", Figures.PerSecond(TimedRequests, watch.Elapsed), "requests/s");
    }

    private static IEnumerable<string> Stylesheets(string html) =>
        StylesheetLink().Matches(html).Select(m => m.Groups["href"].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""(?<token>[^""]+)""|type=""hidden"" name=""__RequestVerificationToken"" value=""(?<token>[^""]+)""")]
    internal static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"name=""Input.Key"" value=""(?<key>[^""]+)""")]
    private static partial Regex FormKey();

    [GeneratedRegex(@"href=""/profile/documents/(?<id>[0-9a-f-]{36})")]
    private static partial Regex DocumentLink();

    [GeneratedRegex("""<link\s+rel="stylesheet"\s+href="(?<href>[^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetLink();
}
