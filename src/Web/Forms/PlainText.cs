using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Border.Web.Forms;

/// <summary>
/// A person's message as text: every character encoded (no HTML of theirs ever renders), line breaks kept, and web
/// addresses shown as links that are not followed for them (rel="nofollow noopener ugc").
/// </summary>
internal static partial class PlainText
{
    public static IHtmlContent Render(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append("<br>");
            }

            var at = 0;
            foreach (Match link in Link().Matches(lines[i]))
            {
                html.Append(HtmlEncoder.Default.Encode(lines[i][at..link.Index]));
                var address = HtmlEncoder.Default.Encode(link.Value);
                html.Append("<a href=\"").Append(address).Append("\" rel=\"nofollow noopener ugc\">").Append(address).Append("</a>");
                at = link.Index + link.Length;
            }

            html.Append(HtmlEncoder.Default.Encode(lines[i][at..]));
        }

        return new HtmlString(html.ToString());
    }

    // An address ends at a space or an angle bracket or quote; a final full stop or comma belongs to the sentence.
    [GeneratedRegex(@"https?://[^\s<>""']+[^\s<>""'.,;:!?)]", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
