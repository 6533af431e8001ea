namespace Border.Architecture.Tests.Persistence;

/// <summary>A DbContext as EF builds its model: the default schema and every table's schema-qualified name.</summary>
internal sealed record DbContextFact(string Type, string? DefaultSchema, IReadOnlyList<string> Tables);

/// <summary>A migration or model snapshot and the DbContext named by its [DbContext] attribute.</summary>
internal sealed record MigrationFact(string Type, bool IsSnapshot, string? ContextType, string? ContextAssembly);

/// <summary>The persistence side of one assembly; ExpectedProject and LoadedAssembly guard against inspecting the wrong one.</summary>
internal sealed record PersistenceFacts(
    string ExpectedProject,
    string LoadedAssembly,
    bool IsModule,
    IReadOnlyList<DbContextFact> Contexts,
    IReadOnlyList<MigrationFact> Migrations)
{
    public IEnumerable<string> IdentityViolation()
    {
        if (!string.Equals(ExpectedProject, LoadedAssembly, StringComparison.Ordinal))
        {
            yield return $"meant to inspect {ExpectedProject} but inspected {LoadedAssembly}";
        }
    }
}
