namespace Border.Architecture.Tests.Projects;

/// <summary>DESIGN.md "Boundaries" over project references, as a pure function of the projects.</summary>
internal static class ProjectReferenceRules
{
    public static IReadOnlyList<string> Violations(IReadOnlyList<SolutionProject> projects)
    {
        var byName = projects.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var project in projects)
        {
            if (project.Kind == ProjectKind.Unknown)
            {
                violations.Add($"{project.Name} is not where a Border project belongs (src/Shared, src/Web, src/Modules/<M>/Border.<M>[.Contracts])");
                continue;
            }

            foreach (var reference in project.References)
            {
                var target = byName.GetValueOrDefault(reference);
                if (!Allowed(project.Kind, target?.Kind ?? ProjectKind.Unknown))
                {
                    violations.Add($"{project.Name} ({project.Kind}) must not reference {reference} ({target?.Kind.ToString() ?? "not a project under src/"})");
                }
            }
        }

        violations.AddRange(UnpairedModules(projects));
        return violations;
    }

    private static bool Allowed(ProjectKind from, ProjectKind to) => from switch
    {
        // A module sees Shared and Contracts only: its own and other modules'.
        ProjectKind.Module => to is ProjectKind.Shared or ProjectKind.Contracts,
        ProjectKind.Contracts => to is ProjectKind.Shared or ProjectKind.Contracts,
        // The composition root.
        ProjectKind.Web => to is ProjectKind.Shared or ProjectKind.Module or ProjectKind.Contracts,
        _ => false,
    };

    private static IEnumerable<string> UnpairedModules(IReadOnlyList<SolutionProject> projects)
    {
        var implementations = projects.Where(p => p.Kind == ProjectKind.Module).Select(p => p.Module!).ToHashSet();
        var contracts = projects.Where(p => p.Kind == ProjectKind.Contracts).Select(p => p.Module!).ToHashSet();
        foreach (var module in implementations.Except(contracts).Order(StringComparer.Ordinal))
        {
            yield return $"Border.{module} has no Border.{module}.Contracts project";
        }

        foreach (var module in contracts.Except(implementations).Order(StringComparer.Ordinal))
        {
            yield return $"Border.{module}.Contracts has no Border.{module} implementation project";
        }
    }
}
