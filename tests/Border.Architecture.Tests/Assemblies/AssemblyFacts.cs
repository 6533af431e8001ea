namespace Border.Architecture.Tests.Assemblies;

/// <summary>What the rules need to know about one type, read once by reflection.</summary>
internal sealed record TypeFact(
    string FullName,
    bool IsPublic,
    bool IsClass,
    bool IsAbstract,
    bool IsSealed,
    bool IsCompilerGenerated,
    bool IsModelSnapshot);

/// <summary>
/// One module implementation assembly: the project it was meant to be, the assembly actually loaded,
/// its types and the assemblies it references. Rules check both names so a copy-paste slip cannot pass.
/// </summary>
internal sealed record AssemblyFacts(
    string ExpectedProject,
    string LoadedAssembly,
    string Module,
    IReadOnlyList<TypeFact> Types,
    IReadOnlyList<string> ReferencedAssemblies)
{
    public string RegistrationClass => $"Border.{Module}.{Module}Module";

    /// <summary>Empty when the assembly inspected is the one the rule meant; else the slip, as a violation.</summary>
    public IEnumerable<string> IdentityViolation()
    {
        if (!string.Equals(ExpectedProject, LoadedAssembly, StringComparison.Ordinal))
        {
            yield return $"meant to inspect {ExpectedProject} but inspected {LoadedAssembly}";
        }
    }
}
