namespace Border.Architecture.Tests.Assemblies;

/// <summary>What a module's compiled code really uses: Border.Shared and Contracts, never another module.</summary>
internal static class AssemblyReferenceRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<AssemblyFacts> modules) =>
    [
        .. modules.SelectMany(m => m.IdentityViolation().Concat(
            m.ReferencedAssemblies
                .Where(r => r.StartsWith("Border.", StringComparison.Ordinal))
                .Where(r => r != "Border.Shared" && !r.EndsWith(".Contracts", StringComparison.Ordinal))
                .Select(r => $"{m.LoadedAssembly} references {r}"))),
    ];
}
