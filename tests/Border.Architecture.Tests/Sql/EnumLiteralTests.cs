using Border.Architecture.Tests.Assemblies;
using Border.Architecture.Tests.Projects;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Sql;

public sealed class EnumLiteralTests
{
    [Fact]
    public void No_module_spells_out_an_enum_member_in_SQL_but_through_its_name()
    {
        var members = ProjectCatalog.Projects
            .Where(p => p.Kind is ProjectKind.Module or ProjectKind.Contracts)
            .SelectMany(p => ModuleAssemblies.Load(p.Name).GetTypes())
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .ToHashSet(StringComparer.Ordinal);
        // Migrations record the SQL as it was when they were made; they are history, not code to rename with.
        var sources = SourceFile.Under("src", "Modules").Where(f => !f.Path.Contains("/Migrations/", StringComparison.Ordinal)).ToList();

        Assert.Contains("Offered", members);
        Violations.AssertNone("Enum members spelled out in SQL", EnumLiteralRules.Violations(sources, members));
    }
}
