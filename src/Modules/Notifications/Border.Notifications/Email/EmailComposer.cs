using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Border.Notifications.Templates;
using Border.Shared.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Border.Notifications.Email;

/// <summary>
/// Plain text and a small HTML part with the same words: no images, no tracking, links only to the site.
/// The Message-ID is the notification's id, so anyone downstream can see two copies are one message.
/// </summary>
internal sealed partial class EmailComposer(IOptions<EmailOptions> options, IStringLocalizer<Strings> S)
{
    public MimeMessage Compose(Guid id, string to, RenderedNotification notification, bool optional, CultureInfo culture)
    {
        using var _ = new UiCulture(culture);
        var site = options.Value.SiteUrl.TrimEnd('/');
        var link = site + notification.Link;
        var open = S["Open Border"].Value;
        var why = S["You get this email because you have an account on Border."].Value;
        var settings = optional
            ? S["To stop emails like this one, change your email settings: {0}", site + "/notifications/settings"].Value
            : S["Border always emails about offers, deadlines, confirmations, document requests and decisions."].Value;

        var plain = new StringBuilder()
            .Append(notification.Body).Append("\r\n\r\n")
            .Append(open).Append(": ").Append(link).Append("\r\n\r\n")
            .Append("-- \r\n").Append(why).Append("\r\n").Append(settings).Append("\r\n")
            .ToString();
        var html = $"""
            <!doctype html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Encode(notification.Title)}</title></head>
            <body style="font-family:sans-serif;line-height:1.5;max-width:36em">
            <h1 style="font-size:1.25em">{Encode(notification.Title)}</h1>
            {Paragraphs(notification.Body)}
            <p><a href="{WebUtility.HtmlEncode(link)}">{Encode(open)}</a></p>
            <p style="color:#555;font-size:.875em">{Encode(why)}<br>{Linked(settings)}</p>
            </body></html>
            """;

        var message = new MimeMessage
        {
            Subject = OneLine(notification.Title),
            MessageId = $"{id:N}@{new Uri(site).Host}",
            Body = new MultipartAlternative
            {
                new TextPart(TextFormat.Plain) { Text = plain, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
                new TextPart(TextFormat.Html) { Text = html, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
            },
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Content-Language", culture.TwoLetterISOLanguageName);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    /// <summary>A header is one line; a title that slipped in a line break must not break the email.</summary>
    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Each line of the text as a paragraph, as the site shows it; HTML would otherwise run them together.</summary>
    private static string Paragraphs(string value) => string.Join(
        "\n", value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{Linked(p)}</p>"));

    /// <summary>Encodes the text and makes the site's own addresses in it clickable.</summary>
    private static string Linked(string value) =>
        Address().Replace(Encode(value), match => $"<a href=\"{match.Value}\">{match.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<]+[^\s<.,;:]")]
    private static partial Regex Address();
}
