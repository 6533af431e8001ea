using Border.Architecture.Tests.Support;

namespace Border.Architecture.Tests.Persistence;

public sealed class PersistenceTests
{
    [Fact]
    public void Persistence_facts_come_from_the_assemblies_they_were_meant_for()
    {
        Assert.All(PersistenceReader.All, a => Assert.Equal(a.ExpectedProject, a.LoadedAssembly));
        Assert.Contains(PersistenceReader.All, a => a.LoadedAssembly == "Border.Accounts" && a.Contexts.Any(c => c.DefaultSchema == "accounts"));
        Assert.Contains(PersistenceReader.All, a => a.LoadedAssembly == "Border.Shared" && !a.IsModule && a.Contexts.Count > 0);
        Assert.All(PersistenceReader.All, a => Assert.All(a.Contexts, c => Assert.NotEmpty(c.Tables)));
    }

    [Fact]
    public void Each_module_assembly_has_exactly_one_DbContext() =>
        Violations.AssertNone("DbContexts per module", PersistenceRules.DbContextCountViolations(PersistenceReader.All));

    [Fact]
    public void Each_DbContext_has_its_own_default_schema_and_maps_every_table_into_it() =>
        Violations.AssertNone("Schemas", PersistenceRules.SchemaViolations(PersistenceReader.All));

    [Fact]
    public void Migrations_in_an_assembly_belong_to_its_own_DbContext_with_one_snapshot_each() =>
        Violations.AssertNone("Migrations", PersistenceRules.MigrationViolations(PersistenceReader.All));
}
