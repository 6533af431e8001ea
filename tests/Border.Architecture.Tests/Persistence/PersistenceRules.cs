namespace Border.Architecture.Tests.Persistence;

/// <summary>DESIGN.md: one schema, one DbContext and one migrations history per module.</summary>
internal static class PersistenceRules
{
    public static IReadOnlyList<string> DbContextCountViolations(IEnumerable<PersistenceFacts> assemblies) =>
    [
        .. assemblies.SelectMany(a => a.IdentityViolation().Concat(
            a.IsModule && a.Contexts.Count != 1
                ? [$"{a.LoadedAssembly} has {a.Contexts.Count} DbContexts ({string.Join(", ", a.Contexts.Select(c => c.Type))}); a module has exactly one"]
                : [])),
    ];

    public static IReadOnlyList<string> SchemaViolations(IReadOnlyList<PersistenceFacts> assemblies)
    {
        var violations = assemblies.SelectMany(a => a.IdentityViolation()).ToList();
        var contexts = assemblies.SelectMany(a => a.Contexts).ToList();
        violations.AddRange(contexts
            .Where(c => string.IsNullOrEmpty(c.DefaultSchema))
            .Select(c => $"{c.Type} has no default schema"));
        violations.AddRange(contexts
            .Where(c => !string.IsNullOrEmpty(c.DefaultSchema))
            .GroupBy(c => c.DefaultSchema, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"schema '{g.Key}' is the default of {string.Join(" and ", g.Select(c => c.Type))}"));
        violations.AddRange(contexts.SelectMany(c => c.Tables
            .Where(table => !table.StartsWith($"{c.DefaultSchema}.", StringComparison.Ordinal))
            .Select(table => $"{c.Type} maps table {table} outside its schema '{c.DefaultSchema}'")));
        return violations;
    }

    public static IReadOnlyList<string> MigrationViolations(IEnumerable<PersistenceFacts> assemblies) =>
    [
        .. assemblies.SelectMany(a => a.IdentityViolation().Concat(MigrationViolations(a))),
    ];

    private static IEnumerable<string> MigrationViolations(PersistenceFacts assembly)
    {
        var own = assembly.Contexts.Select(c => c.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var migration in assembly.Migrations.Where(m => m.ContextAssembly != assembly.LoadedAssembly || !own.Contains(m.ContextType ?? "")))
        {
            yield return $"{assembly.LoadedAssembly}: {migration.Type} is for {migration.ContextType ?? "no DbContext"} ({migration.ContextAssembly ?? "-"}), not a DbContext of this assembly";
        }

        foreach (var context in own.Order(StringComparer.Ordinal))
        {
            var snapshots = assembly.Migrations.Count(m => m.IsSnapshot && m.ContextType == context);
            if (snapshots != 1)
            {
                yield return $"{assembly.LoadedAssembly}: {context} has {snapshots} model snapshots; its migrations need exactly one";
            }
        }
    }
}
