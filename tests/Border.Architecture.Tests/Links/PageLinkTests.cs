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

    [Fact]
    public void Every_redirect_in_a_page_model_names_its_page_rather_than_its_address()
    {
        var pageModels = SourceFile.Under("src", "Web", "Pages").Concat(SourceFile.Under("src", "Web", "Areas")).ToList();

        Assert.Contains(pageModels, f => f.Path.EndsWith("Pages/Account/SignOut.cshtml.cs", StringComparison.Ordinal));
        Violations.AssertNone("Redirects written as addresses", PageRedirectRules.Violations(pageModels));
    }
}
