using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Links;

public sealed class PageLinkTests
{
    [Fact]
    public void Every_link_in_a_view_names_its_page_rather_than_its_address()
    {
        var views = Directory.EnumerateFiles(RepositoryRoot.Combine("src", "Web"), "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !path.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
            .Select(path => new SourceFile(Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();

        Assert.Contains(views, v => v.Path.EndsWith("Pages/Shared/_Layout.cshtml", StringComparison.Ordinal));
        Violations.AssertNone("Links written as addresses", PageLinkRules.Violations(views));
    }
}
