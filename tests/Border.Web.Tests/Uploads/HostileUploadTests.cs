using System.Net;
using Border.Testing;
using Border.Web.Tests.Support;
using SkiaSharp;

namespace Border.Web.Tests.Uploads;

/// <summary>Hostile and damaged files sent through the real selfie form: each gets its message by the field, never a 500.</summary>
public sealed class HostileUploadTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Every_hostile_file_gets_its_message_or_is_kept_without_its_payload()
    {
        var client = await Applicants.RegisterAsync(app, "hostile@example.test", "en");
        foreach (var file in HostileFiles.All())
        {
            var response = await client.PostFileAsync("/profile/selfie", "Photo", file.Content, file.Name, "image/jpeg");
            var body = await response.Content.ReadAsStringAsync();
            if (file.Refusal is { } message)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file.Name}: {(int)response.StatusCode}");
                Assert.Equal((file.Name, message), (file.Name, (await response.ParseAsync()).QuerySelector(".error-summary a")?.TextContent));
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{file.Name}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
            var kept = await client.GetByteArrayAsync(await OriginalLinkAsync(client));
            Assert.Equal(-1, kept.AsSpan().IndexOf("%PDF"u8));
            Assert.Equal(-1, kept.AsSpan().IndexOf("PK\u0003\u0004"u8));
            Assert.Equal(-1, kept.AsSpan().IndexOf("Exif"u8));
            Assert.Equal((64, 48), TestImages.Read(kept) is var (w, h, _) ? (w, h) : default);
        }
    }

    [Fact]
    public async Task Damaged_and_oversized_images_are_refused_in_spanish_too()
    {
        var client = await Applicants.RegisterAsync(app, "hostil@example.test", "es");
        var cut = TestImages.Jpeg(64, 48);

        var damaged = await client.PostFileAsync("/profile/selfie", "Photo", cut[..(cut.Length / 2)], "cortada.jpg");
        var bomb = await client.PostFileAsync("/profile/selfie", "Photo", TestImages.PngBomb(65_535, 65_535), "bomba.png");

        Assert.Equal(
            "No se pudo leer este archivo. Puede estar dañado o incompleto: tome la foto de nuevo o elija otro archivo.",
            (await damaged.ParseAsync()).QuerySelector(".error-summary a")!.TextContent);
        Assert.StartsWith("Esta imagen es demasiado grande (65535 × 65535 píxeles).", (await bomb.ParseAsync()).QuerySelector(".error-summary a")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_photo_is_upright_and_has_no_exif_or_gps_and_pages_show_its_thumbnail()
    {
        var client = await Applicants.RegisterAsync(app, "gps@example.test", "en");
        // Orientation 6: the camera stored the pixels turned; upright the photo is 30 wide and 40 high.
        var photo = TestImages.JpegWithExif(40, 30, orientation: 6, marker: "PhoneCam 31N GPS");
        Assert.Equal(SKEncodedOrigin.RightTop, TestImages.Read(photo).Origin);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFileAsync("/profile/selfie", "Photo", photo, "me.jpg")).StatusCode);

        var page = await client.GetPageAsync("/profile/selfie");
        var thumbnail = page.QuerySelector(".stored img")!.GetAttribute("src")!;
        Assert.EndsWith("?size=small", thumbnail, StringComparison.Ordinal);
        var original = await client.GetByteArrayAsync(await OriginalLinkAsync(client));
        foreach (var kept in new[] { original, await client.GetByteArrayAsync(thumbnail), await client.GetByteArrayAsync(thumbnail.Replace("small", "view", StringComparison.Ordinal)) })
        {
            Assert.Equal(-1, kept.AsSpan().IndexOf("Exif"u8));
            Assert.Equal(-1, kept.AsSpan().IndexOf("PhoneCam"u8));
            Assert.Equal((30, 40, SKEncodedOrigin.TopLeft), TestImages.Read(kept));
        }
    }

    private static async Task<string> OriginalLinkAsync(HttpClient client) =>
        (await client.GetPageAsync("/profile/selfie")).QuerySelector(".stored a")!.GetAttribute("href")!;
}
