using System.IO.Compression;
using System.Net;
using System.Text;

namespace Border.Benchmarks;

/// <summary>Bytes of one resource, uncompressed and Brotli-compressed.</summary>
/// <param name="ServedCompressed">
/// True when the server itself sent Brotli; false when it sent the body plain and the Brotli figure was
/// made here at the quality ResponseCompression uses (CompressionLevel.Fastest).
/// </param>
internal readonly record struct Weight(long Uncompressed, long Brotli, bool ServedCompressed)
{
    public string BrotliLabel => ServedCompressed ? "brotli" : "brotli-local-fastest";

    public static Weight operator +(Weight left, Weight right) =>
        new(left.Uncompressed + right.Uncompressed, left.Brotli + right.Brotli, left.ServedCompressed && right.ServedCompressed);
}

internal sealed record WeighedPage(string Html, Weight Weight);

/// <summary>Fetches a resource twice, once as a browser without Brotli would and once with Accept-Encoding: br.</summary>
internal sealed class PageWeigher(HttpClient client)
{
    public async Task<WeighedPage> WeighAsync(string path)
    {
        byte[] plain;
        using (var request = Get(path, brotli: false))
        using (var response = await client.SendAsync(request))
        {
            EnsureOk(response, path);
            if (response.Content.Headers.ContentEncoding.Count != 0)
            {
                throw new BenchmarkFailedException($"{path} came compressed to a client that asked for no compression.");
            }

            plain = await response.Content.ReadAsByteArrayAsync();
        }

        using var compressedRequest = Get(path, brotli: true);
        using var compressed = await client.SendAsync(compressedRequest);
        EnsureOk(compressed, path);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        var weight = compressed.Content.Headers.ContentEncoding.Contains("br")
            ? new Weight(plain.LongLength, body.LongLength, ServedCompressed: true)
            : new Weight(plain.LongLength, BrotliFastest(body), ServedCompressed: false);
        return new WeighedPage(Encoding.UTF8.GetString(plain), weight);
    }

    public static HttpRequestMessage Get(string path, bool brotli)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (brotli)
        {
            request.Headers.AcceptEncoding.ParseAdd("br");
        }

        return request;
    }

    public static void EnsureOk(HttpResponseMessage response, string path)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        }
    }

    private static long BrotliFastest(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest))
        {
            brotli.Write(body);
        }

        return buffer.Length;
    }
}
