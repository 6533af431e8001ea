using Border.Architecture.Tests.Projects;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Features;

public sealed class FeatureImportTests
{
    [Fact]
    public void No_feature_folder_of_any_module_imports_a_sibling_feature()
    {
        var files = ProjectCatalog.Modules.SelectMany(m => SourceFile.Under("src", "Modules", m.Module!, m.Name)).ToList();

        Assert.Contains(files, f => f.Path.EndsWith("/Features/Allocation/RunAllocationHandler.cs", StringComparison.Ordinal));
        Violations.AssertNone("Feature folders importing a sibling feature", FeatureImportRules.Violations(files));
    }
}
