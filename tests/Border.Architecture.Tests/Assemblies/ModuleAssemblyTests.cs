using Border.Architecture.Tests.Projects;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Assemblies;

public sealed class ModuleAssemblyTests
{
    [Fact]
    public void Every_module_project_loads_as_the_assembly_of_the_same_name()
    {
        var projects = ProjectCatalog.Modules.Select(p => p.Name).ToList();

        Assert.Equal(projects, ModuleAssemblies.All.Select(m => m.ExpectedProject));
        Assert.All(ModuleAssemblies.All, m => Assert.Equal(m.ExpectedProject, m.LoadedAssembly));
        Assert.All(ModuleAssemblies.All, m => Assert.NotEmpty(m.Types));
        Assert.Contains("Border.Accounts", projects);
    }

    [Fact]
    public void A_module_makes_public_only_its_static_registration_class() =>
        Violations.AssertNone("Public types in module assemblies", TypeRules.PublicTypeViolations(ModuleAssemblies.All));

    [Fact]
    public void Every_concrete_class_in_a_module_is_sealed() =>
        Violations.AssertNone("Unsealed classes in module assemblies", TypeRules.UnsealedClassViolations(ModuleAssemblies.All));

    [Fact]
    public void No_module_assembly_references_another_module_implementation() =>
        Violations.AssertNone("Module assembly references", AssemblyReferenceRules.Violations(ModuleAssemblies.All));
}
