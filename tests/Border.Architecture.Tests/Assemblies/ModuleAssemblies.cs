using System.Reflection;
using System.Runtime.CompilerServices;
using Border.Architecture.Tests.Projects;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Border.Architecture.Tests.Assemblies;

/// <summary>The module implementation assemblies named by the project catalog, loaded by name.</summary>
internal static class ModuleAssemblies
{
    private static readonly Lazy<IReadOnlyList<AssemblyFacts>> Facts = new(ReadAll);

    public static IReadOnlyList<AssemblyFacts> All => Facts.Value;

    /// <summary>Loads a project's assembly by name and fails at once if the runtime handed back another.</summary>
    public static Assembly Load(string projectName)
    {
        var assembly = Assembly.Load(new AssemblyName(projectName));
        Assert.Equal(projectName, assembly.GetName().Name);
        return assembly;
    }

    private static List<AssemblyFacts> ReadAll() =>
        [.. ProjectCatalog.Modules.Select(project => Read(project.Name, project.Module!, Load(project.Name)))];

    public static AssemblyFacts Read(string expectedProject, string module, Assembly assembly) => new(
        expectedProject,
        assembly.GetName().Name!,
        module,
        [.. assembly.GetTypes().Select(Describe)],
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)]);

    private static TypeFact Describe(Type type) => new(
        type.FullName ?? type.Name,
        type.IsVisible,
        type.IsClass,
        type.IsAbstract,
        type.IsSealed,
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal),
        typeof(ModelSnapshot).IsAssignableFrom(type));
}
