namespace Border.Architecture.Tests.Persistence;

/// <summary>The persistence rules, run on made-up assemblies: each slip must be reported.</summary>
public sealed class PersistenceRulesBiteTests
{
    private static PersistenceFacts Module(string m, string schema, params string[] extraTables)
    {
        var context = $"Border.{m}.Data.{m}DbContext";
        return new PersistenceFacts(
            $"Border.{m}",
            $"Border.{m}",
            IsModule: true,
            [new DbContextFact(context, schema, [$"{schema}.outbox_messages", .. extraTables])],
            [
                new MigrationFact($"Border.{m}.Migrations.Initial", false, context, $"Border.{m}"),
                new MigrationFact($"Border.{m}.Migrations.{m}DbContextModelSnapshot", true, context, $"Border.{m}"),
            ]);
    }

    private static readonly PersistenceFacts Cases = Module("Cases", "cases");
    private static readonly PersistenceFacts Scheduling = Module("Scheduling", "scheduling");

    [Fact]
    public void Healthy_modules_have_no_violations()
    {
        Assert.Empty(PersistenceRules.DbContextCountViolations([Cases, Scheduling]));
        Assert.Empty(PersistenceRules.SchemaViolations([Cases, Scheduling]));
        Assert.Empty(PersistenceRules.MigrationViolations([Cases, Scheduling]));
    }

    [Fact]
    public void A_module_with_two_DbContexts_or_none_is_reported()
    {
        var two = Cases with { Contexts = [.. Cases.Contexts, new DbContextFact("Border.Cases.Data.ReportsDbContext", "reports", [])] };
        var none = Scheduling with { Contexts = [] };
        Assert.Equal(2, PersistenceRules.DbContextCountViolations([two, none]).Count);
    }

    [Fact]
    public void Two_DbContexts_sharing_a_default_schema_are_reported()
    {
        var copied = Module("Scheduling", "cases");
        Assert.Contains("schema 'cases' is the default of", Assert.Single(PersistenceRules.SchemaViolations([Cases, copied])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_another_schema_or_a_context_without_schema_is_reported()
    {
        var reaching = Module("Cases", "cases", "scheduling.slots");
        var schemaless = Scheduling with { Contexts = [new DbContextFact("Border.Scheduling.Data.SchedulingDbContext", null, [])] };
        Assert.Equal(2, PersistenceRules.SchemaViolations([reaching, schemaless]).Count);
    }

    [Fact]
    public void A_migration_for_another_modules_DbContext_or_a_missing_snapshot_is_reported()
    {
        var foreign = Cases with
        {
            Migrations = [new MigrationFact("Border.Cases.Migrations.AddSlots", false, "Border.Scheduling.Data.SchedulingDbContext", "Border.Scheduling")],
        };
        var violations = PersistenceRules.MigrationViolations([foreign]);
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Contains("AddSlots is for Border.Scheduling.Data.SchedulingDbContext", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("has 0 model snapshots", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_reports_inspecting_an_assembly_other_than_the_one_meant()
    {
        var slip = Cases with { LoadedAssembly = "Border.Scheduling" };
        const string Expected = "meant to inspect Border.Cases but inspected Border.Scheduling";
        Assert.Contains(Expected, PersistenceRules.DbContextCountViolations([slip]));
        Assert.Contains(Expected, PersistenceRules.SchemaViolations([slip]));
        Assert.Contains(Expected, PersistenceRules.MigrationViolations([slip]));
    }
}
