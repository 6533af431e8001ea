namespace Border.Architecture.Tests.Projects;

/// <summary>The reference rules, run on made-up solutions: they must pass a healthy one and catch each slip.</summary>
public sealed class ProjectReferenceRulesBiteTests
{
    private static SolutionProject Shared(params string[] refs) => new("Border.Shared", ProjectKind.Shared, null, refs);

    private static SolutionProject Module(string m, params string[] refs) => new($"Border.{m}", ProjectKind.Module, m, refs);

    private static SolutionProject Contracts(string m, params string[] refs) => new($"Border.{m}.Contracts", ProjectKind.Contracts, m, refs);

    private static List<SolutionProject> Healthy() =>
    [
        Shared(),
        Module("Cases", "Border.Shared", "Border.Cases.Contracts", "Border.Scheduling.Contracts"),
        Contracts("Cases", "Border.Shared"),
        Module("Scheduling", "Border.Shared", "Border.Scheduling.Contracts"),
        Contracts("Scheduling", "Border.Shared", "Border.Cases.Contracts"),
        new("Border.Web", ProjectKind.Web, null, ["Border.Shared", "Border.Cases", "Border.Cases.Contracts", "Border.Scheduling"]),
    ];

    private static IReadOnlyList<string> ViolationsWith(SolutionProject replacement) =>
        ProjectReferenceRules.Violations([.. Healthy().Where(p => p.Name != replacement.Name), replacement]);

    [Fact]
    public void A_healthy_solution_has_no_violations() => Assert.Empty(ProjectReferenceRules.Violations(Healthy()));

    [Fact]
    public void A_module_referencing_another_module_is_reported()
    {
        var violation = Assert.Single(ViolationsWith(Module("Cases", "Border.Shared", "Border.Cases.Contracts", "Border.Scheduling")));
        Assert.Contains("Border.Cases (Module) must not reference Border.Scheduling (Module)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_referencing_web_or_a_project_outside_src_is_reported() =>
        Assert.Equal(2, ViolationsWith(Module("Cases", "Border.Shared", "Border.Web", "Border.Testing")).Count);

    [Fact]
    public void Contracts_referencing_a_module_implementation_is_reported()
    {
        var violation = Assert.Single(ViolationsWith(Contracts("Cases", "Border.Shared", "Border.Cases")));
        Assert.Contains("Border.Cases.Contracts (Contracts) must not reference Border.Cases (Module)", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_referencing_a_module_or_its_contracts_is_reported() =>
        Assert.Equal(2, ViolationsWith(Shared("Border.Cases", "Border.Cases.Contracts")).Count);

    [Fact]
    public void A_module_without_a_contracts_project_is_reported()
    {
        var violations = ProjectReferenceRules.Violations([.. Healthy().Where(p => p.Name != "Border.Cases.Contracts")]);
        Assert.Contains("Border.Cases has no Border.Cases.Contracts project", violations);
    }

    [Theory]
    [InlineData("src/Shared/Border.Shared.csproj", "Shared", null)]
    [InlineData("src/Web/Border.Web.csproj", "Web", null)]
    [InlineData("src/Modules/Cases/Border.Cases/Border.Cases.csproj", "Module", "Cases")]
    [InlineData("src/Modules/Cases/Border.Cases.Contracts/Border.Cases.Contracts.csproj", "Contracts", "Cases")]
    [InlineData("src/Modules/Cases/Border.Scheduling/Border.Scheduling.csproj", "Unknown", null)]
    [InlineData("src/Modules/Cases/Border.Cases.Data/Border.Cases.Data.csproj", "Unknown", null)]
    public void A_project_is_classified_by_where_its_file_sits(string path, string kind, string? module) =>
        Assert.Equal((Enum.Parse<ProjectKind>(kind), module), SolutionProject.Classify(path));

    [Fact]
    public void A_project_in_an_unexpected_place_is_reported() =>
        Assert.Single(ProjectReferenceRules.Violations([.. Healthy(), new SolutionProject("Border.Extras", ProjectKind.Unknown, null, [])]));
}
