namespace Border.Architecture.Tests.Assemblies;

/// <summary>DESIGN.md: everything in a module is internal sealed unless a framework needs it public.</summary>
internal static class TypeRules
{
    /// <summary>The one public type is the module's static registration class (AddX/MapX live there).</summary>
    public static IReadOnlyList<string> PublicTypeViolations(IEnumerable<AssemblyFacts> modules) =>
    [
        .. modules.SelectMany(m => m.IdentityViolation().Concat(PublicTypeViolations(m))),
    ];

    /// <summary>Concrete classes are sealed; EF's generated model snapshots are left as the tool writes them.</summary>
    public static IReadOnlyList<string> UnsealedClassViolations(IEnumerable<AssemblyFacts> modules) =>
    [
        .. modules.SelectMany(m => m.IdentityViolation().Concat(
            m.Types
                .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsCompilerGenerated && !t.IsModelSnapshot)
                .Select(t => $"{m.LoadedAssembly}: {t.FullName} is not sealed"))),
    ];

    private static IEnumerable<string> PublicTypeViolations(AssemblyFacts module)
    {
        foreach (var type in module.Types.Where(t => t.IsPublic && t.FullName != module.RegistrationClass))
        {
            yield return $"{module.LoadedAssembly}: {type.FullName} is public; make it internal or move it to Border.{module.Module}.Contracts";
        }

        var registration = module.Types.FirstOrDefault(t => t.FullName == module.RegistrationClass);
        if (registration is null || !registration.IsPublic)
        {
            yield return $"{module.LoadedAssembly}: no public {module.RegistrationClass}";
        }
        else if (!(registration.IsAbstract && registration.IsSealed))
        {
            yield return $"{module.LoadedAssembly}: {module.RegistrationClass} is not static";
        }
    }
}
