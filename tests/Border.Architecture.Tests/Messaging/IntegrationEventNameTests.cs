using System.Reflection;
using Border.Architecture.Tests.Assemblies;
using Border.Architecture.Tests.Projects;
using Border.Architecture.Tests.Support;
using Border.Shared.Messaging;
using Border.Shared.Outbox;

namespace Border.Architecture.Tests.Messaging;

public sealed class IntegrationEventNameTests
{
    private static readonly List<(SolutionProject Project, Type Type)> ContractEvents =
    [
        .. ProjectCatalog.Projects
            .Where(p => p.Kind == ProjectKind.Contracts)
            .SelectMany(p => IntegrationEventRegistry.EventTypesIn(ModuleAssemblies.Load(p.Name)).Select(t => (p, t))),
    ];

    [Fact]
    public void Every_integration_event_has_a_stable_name_of_its_own_module_that_no_other_event_shares()
    {
        var facts = ContractEvents
            .Select(e => new EventFact(e.Type.FullName!, e.Project.Module!, e.Type.GetCustomAttribute<IntegrationEventAttribute>()?.Name))
            .ToList();

        Assert.Contains(facts, f => f.Type == "Border.Cases.Contracts.CaseSubmitted");
        Violations.AssertNone("Integration event names", IntegrationEventNameRules.Violations(facts));
    }

    [Fact]
    public void Integration_events_are_declared_only_in_Contracts_projects()
    {
        // The registry reads only Contracts assemblies, so an event declared anywhere else could never be delivered.
        var elsewhere = ProjectCatalog.Projects
            .Where(p => p.Kind is ProjectKind.Module or ProjectKind.Shared or ProjectKind.Web)
            .SelectMany(p => IntegrationEventRegistry.EventTypesIn(ModuleAssemblies.Load(p.Name)))
            .Select(t => $"{t.FullName} is an integration event outside a Contracts project")
            .ToList();

        Violations.AssertNone("Integration events outside Contracts", elsewhere);
    }

    [Fact]
    public void The_registry_built_from_the_modules_knows_every_integration_event_by_its_name()
    {
        var modules = ProjectCatalog.Modules.Select(p => ModuleAssemblies.Load(p.Name));

        var registry = IntegrationEventRegistry.FromContractsOf(modules);

        Assert.Equal(
            ContractEvents.Select(e => e.Type.FullName).Order(StringComparer.Ordinal),
            registry.TypesByName.Values.Select(t => t.FullName).Order(StringComparer.Ordinal));
        Assert.All(ContractEvents, e => Assert.Equal(e.Type, registry.TypeFor(IntegrationEventRegistry.NameOf(e.Type))));
    }
}
