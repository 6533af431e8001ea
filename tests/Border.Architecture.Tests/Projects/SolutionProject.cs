namespace Border.Architecture.Tests.Projects;

internal enum ProjectKind
{
    Unknown,
    Shared,
    Web,
    Module,
    Contracts,
}

/// <summary>A project under src/ and the names of the projects it references.</summary>
internal sealed record SolutionProject(string Name, ProjectKind Kind, string? Module, IReadOnlyList<string> References)
{
    /// <summary>Kind and module from where the project file sits: src/Modules/{M}/Border.{M}[.Contracts]/...</summary>
    public static (ProjectKind Kind, string? Module) Classify(string pathFromRoot)
    {
        var parts = pathFromRoot.Replace('\\', '/').Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        return parts switch
        {
            ["src", "Shared", _] when name == "Border.Shared" => (ProjectKind.Shared, null),
            ["src", "Web", _] when name == "Border.Web" => (ProjectKind.Web, null),
            ["src", "Modules", var m, var folder, _] when folder == name && name == $"Border.{m}" => (ProjectKind.Module, m),
            ["src", "Modules", var m, var folder, _] when folder == name && name == $"Border.{m}.Contracts" => (ProjectKind.Contracts, m),
            _ => (ProjectKind.Unknown, null),
        };
    }
}
