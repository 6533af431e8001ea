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

    private static readonly string[] ApplicantPages = ["/", "/account/sign-in", "/account/register", "/policy-updates"];

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
            var weigher = new PageWeigher(client);
            foreach (var path in ApplicantPages)
            {
                var page = await weigher.WeighAsync(path);
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
                Figures.Write(output, $"page-{path}", total.Brotli, $"bytes html+css {total.BrotliLabel}");
                Figures.Write(output, $"page-{path}-html", page.Weight.Brotli, $"bytes {page.Weight.BrotliLabel}");
                Figures.Write(output, $"page-{path}-css", css.Brotli, $"bytes {css.BrotliLabel}");
                Figures.Write(output, $"page-{path}-uncompressed", total.Uncompressed, "bytes html+css");
            }

            Figures.Write(output, "page-budget", BudgetBytes, "bytes");
            await TimeSignInAsync(output, client);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)site).DisposeAsync();
        }
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

    [GeneratedRegex("""<link\s+rel="stylesheet"\s+href="(?<href>[^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetLink();
}
