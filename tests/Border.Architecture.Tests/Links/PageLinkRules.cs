using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Links;

/// <summary>
/// A link names its page (<c>asp-page</c>, <c>asp-area</c>, <c>asp-route-*</c>), so renaming or moving a page fails the
/// build instead of leaving a dead link. A literal <c>href="/…"</c> is allowed only to an address no Razor page serves.
/// </summary>
internal static partial class PageLinkRules
{
    /// <summary>Addresses served by something other than a Razor page.</summary>
    public static readonly IReadOnlySet<string> NotPages = new HashSet<string>(StringComparer.Ordinal) { "/admin/hangfire" };

    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> views) =>
    [
        .. views.SelectMany(view => view.Text.Split('\n').Select((line, index) => (Line: index + 1, Text: line))
            .SelectMany(line => LiteralLink().Matches(line.Text)
                .Select(m => m.Groups["url"].Value)
                .Where(url => !NotPages.Contains(url))
                .Select(url => $"{view.Path}:{line.Line} links to \"{url}\" by its address; name the page with asp-page"))),
    ];

    [GeneratedRegex("""<a\b[^>]*\bhref="(?<url>/[^"]*)""")]
    private static partial Regex LiteralLink();
}
