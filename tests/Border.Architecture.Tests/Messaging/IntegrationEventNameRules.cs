using Border.Shared.Outbox;

namespace Border.Architecture.Tests.Messaging;

/// <summary>An integration event type as its Contracts project declares it; <see cref="Name"/> is null when it has none.</summary>
internal sealed record EventFact(string Type, string Module, string? Name);

/// <summary>Every event has a stable name, "module.kebab-case", starting with the module that declares it, and no two share one.</summary>
internal static class IntegrationEventNameRules
{
    public static IReadOnlyList<string> Violations(IReadOnlyCollection<EventFact> events)
    {
        var violations = new List<string>();
        foreach (var (type, module, name) in events)
        {
            var prefix = module.ToLowerInvariant() + ".";
            if (name is null)
            {
                violations.Add($"{type} has no [IntegrationEvent(\"{prefix}name\")]");
            }
            else if (!IntegrationEventRegistry.NamePattern().IsMatch(name))
            {
                violations.Add($"{type} is named '{name}', not module.kebab-case");
            }
            else if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                violations.Add($"{type} is named '{name}', which does not start with its module '{prefix}'");
            }
        }

        violations.AddRange(events
            .Where(e => e.Name is not null)
            .GroupBy(e => e.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' names {string.Join(" and ", g.Select(e => e.Type))}"));
        return violations;
    }
}
