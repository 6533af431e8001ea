using Border.Architecture.Tests.Assemblies;
using Border.Architecture.Tests.Projects;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Sql;

public sealed class EnumLiteralTests
{
    private static HashSet<string> Members() => ProjectCatalog.Projects
        .Where(p => p.Kind is ProjectKind.Module or ProjectKind.Contracts)
        .SelectMany(p => ModuleAssemblies.Load(p.Name).GetTypes())
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void No_module_spells_out_an_enum_member_in_SQL_but_through_its_name()
    {
        var members = Members();
        // Migrations record the SQL as it was when they were made; they are history, not code to rename with.
        var sources = SourceFile.Under("src", "Modules").Where(f => !f.Path.Contains("/Migrations/", StringComparison.Ordinal)).ToList();

        Assert.Contains("Offered", members);
        Violations.AssertNone("Enum members spelled out in SQL", EnumLiteralRules.Violations(sources, members));
    }

    [Fact]
    public void No_test_spells_out_an_enum_member_in_SQL_but_through_its_name()
    {
        var members = Members();
        // This project's own bite tests spell members out on purpose; the benchmarks are left to their own change.
        var sources = SourceFile.Under("tests")
            .Where(f => !f.Path.StartsWith("tests/Border.Architecture.Tests/", StringComparison.Ordinal)
                && !f.Path.StartsWith("tests/Border.Benchmarks/", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(sources, f => f.Path.EndsWith("Support/SchedulingFixture.cs", StringComparison.Ordinal));
        Violations.AssertNone("Enum members spelled out in test SQL", EnumLiteralRules.Violations(sources, members));
    }
}
