using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Projects;

public sealed class ProjectReferenceTests
{
    private static readonly string[] KnownModules = ["Accounts", "Cases", "Messaging", "Notifications", "Scheduling"];

    [Fact]
    public void The_catalog_reads_shared_web_and_both_projects_of_every_known_module()
    {
        var names = ProjectCatalog.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Border.Shared", names);
        Assert.Contains("Border.Web", names);
        foreach (var module in KnownModules)
        {
            Assert.Contains($"Border.{module}", names);
            Assert.Contains($"Border.{module}.Contracts", names);
        }

        Assert.Contains(ProjectCatalog.Projects, p => p.Name == "Border.Web" && p.References.Contains("Border.Accounts"));
    }

    [Fact]
    public void A_module_references_only_shared_and_contracts_and_contracts_and_shared_reference_no_module() =>
        Violations.AssertNone("Project references", ProjectReferenceRules.Violations(ProjectCatalog.Projects));
}
