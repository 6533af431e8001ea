namespace Border.Architecture.Tests.Assemblies;

/// <summary>The type and reference rules, run on made-up assemblies: each slip must be reported.</summary>
public sealed class ModuleAssemblyRulesBiteTests
{
    private static TypeFact Class(string name, bool isPublic = false, bool isSealed = true) =>
        new(name, isPublic, IsClass: true, IsAbstract: false, isSealed, IsCompilerGenerated: false, IsModelSnapshot: false);

    private static readonly TypeFact Registration =
        new("Border.Cases.CasesModule", IsPublic: true, IsClass: true, IsAbstract: true, IsSealed: true, false, false);

    private static AssemblyFacts Cases(IReadOnlyList<TypeFact> types, string loaded = "Border.Cases", params string[] references) =>
        new("Border.Cases", loaded, "Cases", types, ["System.Runtime", "Border.Shared", "Border.Cases.Contracts", .. references]);

    private static readonly AssemblyFacts Healthy = Cases(
    [
        Registration,
        Class("Border.Cases.Data.CasesDbContext"),
        Class("Border.Cases.Migrations.CasesDbContextModelSnapshot", isSealed: false) with { IsModelSnapshot = true },
        Class("Border.Cases.Features.Open.<>c", isSealed: false) with { IsCompilerGenerated = true },
        Class("Border.Cases.Features.Handler", isSealed: false) with { IsAbstract = true },
    ]);

    [Fact]
    public void A_healthy_module_has_no_violations()
    {
        Assert.Empty(TypeRules.PublicTypeViolations([Healthy]));
        Assert.Empty(TypeRules.UnsealedClassViolations([Healthy]));
        Assert.Empty(AssemblyReferenceRules.Violations([Healthy]));
    }

    [Fact]
    public void A_public_handler_in_a_module_is_reported()
    {
        var broken = Healthy with { Types = [.. Healthy.Types, Class("Border.Cases.Features.OpenCaseHandler", isPublic: true)] };
        Assert.Contains("OpenCaseHandler is public", Assert.Single(TypeRules.PublicTypeViolations([broken])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_without_its_registration_class_or_with_a_non_static_one_is_reported()
    {
        var missing = Healthy with { Types = [.. Healthy.Types.Where(t => t != Registration)] };
        var instance = Healthy with { Types = [.. Healthy.Types.Where(t => t != Registration), Registration with { IsAbstract = false }] };
        Assert.Contains("no public Border.Cases.CasesModule", Assert.Single(TypeRules.PublicTypeViolations([missing])), StringComparison.Ordinal);
        Assert.Contains("is not static", Assert.Single(TypeRules.PublicTypeViolations([instance])), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsealed_class_is_reported_even_inside_migrations()
    {
        var broken = Healthy with
        {
            Types = [.. Healthy.Types, Class("Border.Cases.Data.Case", isSealed: false), Class("Border.Cases.Migrations.Initial", isSealed: false)],
        };
        Assert.Equal(2, TypeRules.UnsealedClassViolations([broken]).Count);
    }

    [Fact]
    public void A_module_referencing_another_module_or_web_is_reported()
    {
        var broken = Cases(Healthy.Types, "Border.Cases", "Border.Scheduling", "Border.Web", "Border.Scheduling.Contracts");
        Assert.Equal(["Border.Cases references Border.Scheduling", "Border.Cases references Border.Web"], AssemblyReferenceRules.Violations([broken]));
    }

    [Fact]
    public void Every_rule_reports_inspecting_an_assembly_other_than_the_one_meant()
    {
        // kgrzybek's slip: a test for one module that loads another module's assembly and passes.
        var slip = Healthy with { LoadedAssembly = "Border.Scheduling" };
        const string Expected = "meant to inspect Border.Cases but inspected Border.Scheduling";
        Assert.Contains(Expected, TypeRules.PublicTypeViolations([slip]));
        Assert.Contains(Expected, TypeRules.UnsealedClassViolations([slip]));
        Assert.Contains(Expected, AssemblyReferenceRules.Violations([slip]));
    }
}
