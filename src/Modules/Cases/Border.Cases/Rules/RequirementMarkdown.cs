using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Border.Cases.Rules;

/// <summary>
/// The one way requirement pages turn Markdown into HTML: CommonMark with raw HTML off, so a tag typed into a page
/// is shown as text. The top heading level becomes h2 (the page's title is its h1), whatever level it was written at, and a link to anything but the web, a mail
/// address or a path on this site loses its address.
/// </summary>
internal static class RequirementMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly string[] SafeSchemes = ["https:", "http:", "mailto:"];

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : 2 - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return Markdown.ToHtml(document, Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        var trimmed = url?.Trim() ?? string.Empty;
        return (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.Contains('\\', StringComparison.Ordinal))
            || trimmed.StartsWith('#')
            || SafeSchemes.Any(scheme => trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
