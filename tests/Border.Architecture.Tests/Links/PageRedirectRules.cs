using System.Text.RegularExpressions;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Links;

/// <summary>
/// A page model redirects by naming its page (<c>RedirectToPage</c>), so renaming or moving a page fails the build instead
/// of sending people to a dead address. A redirect to an address held in a variable (a checked return URL, a stored link)
/// is not a literal and passes.
/// </summary>
internal static partial class PageRedirectRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> pageModels) =>
    [
        .. pageModels
            .SelectMany(file => file.Text.Split('\n').Select((line, index) => (Line: index + 1, Text: line))
            .SelectMany(line => LiteralRedirect().Matches(line.Text)
                .Select(m => $"{file.Path}:{line.Line} redirects to \"{m.Groups["url"].Value}\" by its address; name the page with RedirectToPage"))),
    ];

    // Redirect, LocalRedirect and their Permanent forms, with an address written out anywhere in the call's first line,
    // as in Redirect(ok ? $"/a/{id}" : "/b").
    [GeneratedRegex("""\b(?:Local)?Redirect(?:Permanent)?(?:PreserveMethod)?\((?:[^;"]*?)\$?@?"(?<url>/[^"]*)""")]
    private static partial Regex LiteralRedirect();
}
