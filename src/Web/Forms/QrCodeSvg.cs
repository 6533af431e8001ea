using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Border.Web.Forms;

/// <summary>A QR code as inline SVG: no image request, no script, a few hundred bytes after compression.</summary>
internal static class QrCodeSvg
{
    public static IHtmlContent For(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#0b0c0c", "#ffffff", drawQuietZones: true);
        // The SVG is made here from our own text, never from another site; its label reads out what it holds.
        return new HtmlString(svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal));
    }
}
