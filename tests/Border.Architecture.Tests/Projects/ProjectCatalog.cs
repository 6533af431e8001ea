using System.Xml.Linq;
using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Projects;

/// <summary>Every project under src/, read from its .csproj file.</summary>
internal static class ProjectCatalog
{
    private static readonly Lazy<IReadOnlyList<SolutionProject>> All = new(Read);

    public static IReadOnlyList<SolutionProject> Projects => All.Value;

    public static IReadOnlyList<SolutionProject> Modules =>
        [.. Projects.Where(p => p.Kind == ProjectKind.Module).OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static List<SolutionProject> Read()
    {
        var src = RepositoryRoot.Combine("src");
        return
        [
            .. Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .Select(ReadOne)
                .OrderBy(p => p.Name, StringComparer.Ordinal),
        ];
    }

    private static SolutionProject ReadOne(string csproj)
    {
        var (kind, module) = SolutionProject.Classify(Path.GetRelativePath(RepositoryRoot.Path, csproj));
        var folder = Path.GetDirectoryName(csproj)!;
        var references = XDocument.Load(csproj)
            .Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? throw new InvalidOperationException($"{csproj}: ProjectReference without Include"))
            .Select(include => Path.GetFileNameWithoutExtension(Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')))))
            .ToList();
        return new SolutionProject(Path.GetFileNameWithoutExtension(csproj), kind, module, references);
    }

    private static bool IsBuildOutput(string path) =>
        path.Replace('\\', '/').Split('/') is var parts && (parts.Contains("bin") || parts.Contains("obj"));
}
