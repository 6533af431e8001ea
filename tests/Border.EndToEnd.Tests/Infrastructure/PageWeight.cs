using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Border.EndToEnd.Tests.Infrastructure;

/// <summary>One response as it crossed the wire: its body's length before decompression.</summary>
internal sealed record Transfer(string Path, string? Encoding, int Bytes, string? CacheControl)
{
    public override string ToString() => $"{Path}: {Bytes} bytes ({Encoding ?? "uncompressed"})";
}

/// <summary>What a first visit to a page costs: the HTML and every stylesheet it links, asked for with Brotli.</summary>
internal static partial class PageWeight
{
    /// <param name="cookie">A Cookie header, for a page only a signed-in person sees; the stylesheets go without it.</param>
    public static async Task<IReadOnlyList<Transfer>> FirstVisitAsync(HttpClient wire, string path, string? cookie = null)
    {
        var (page, body) = await GetAsync(wire, path, cookie);
        var html = Encoding.UTF8.GetString(Decompress(body, page.Encoding));
        var transfers = new List<Transfer> { page };
        foreach (var stylesheet in StylesheetsIn(html))
        {
            transfers.Add((await GetAsync(wire, stylesheet)).Transfer);
        }

        return transfers;
    }

    public static IEnumerable<string> StylesheetsIn(string html) =>
        StylesheetLink().Matches(html).Select(link => Href().Match(link.Value).Groups["href"].Value);

    private static async Task<(Transfer Transfer, byte[] Body)> GetAsync(HttpClient wire, string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await wire.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        return (new Transfer(path, encoding, body.Length, response.Headers.CacheControl?.ToString()), body);
    }

    private static byte[] Decompress(byte[] body, string? encoding)
    {
        if (encoding != "br")
        {
            return body;
        }

        using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        brotli.CopyTo(plain);
        return plain.ToArray();
    }

    [GeneratedRegex("""<link\b[^>]*\brel\s*=\s*"?stylesheet"?[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("""\bhref\s*=\s*"(?<href>[^"]+)"|\bhref\s*=\s*(?<href>[^\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
