using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Border.Cases.Rules;

/// <summary>
/// The one way requirement pages turn Markdown into HTML: CommonMark with raw HTML off, so a tag typed into a page
/// is shown as text. Headings start at h2 (the page's title is its h1), and a link to anything but the web, a mail
/// address or a path on this site loses its address.
/// </summary>
internal static class RequirementMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly string[] SafeSchemes = ["https:", "http:", "mailto:"];

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
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
