using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Border.Shared.Messaging;

namespace Border.Shared.Outbox;

/// <summary>
/// Every integration event type by its stable name, so the dispatcher finds the class a stored row
/// means whatever the class is called today. Built once from the Contracts assemblies the modules use.
/// </summary>
public sealed partial class IntegrationEventRegistry
{
    private static readonly ConcurrentDictionary<Type, string> NamesByType = new();

    private readonly FrozenDictionary<string, Type> typesByName;

    /// <summary>Fails when a type has no name, a name breaks the pattern, or two types share one.</summary>
    public IntegrationEventRegistry(IEnumerable<Type> eventTypes)
    {
        var types = eventTypes.Distinct().ToList();
        var shared = types.GroupBy(NameOf).Where(g => g.Count() > 1).Select(g => $"'{g.Key}': {string.Join(", ", g)}").ToList();
        if (shared.Count > 0)
        {
            throw new InvalidOperationException($"Integration events share a name: {string.Join("; ", shared)}.");
        }

        typesByName = types.ToFrozenDictionary(NameOf, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Type> TypesByName => typesByName;

    /// <summary>"module.kebab-case": the owning module, a dot, then lower-case words joined by hyphens.</summary>
    [GeneratedRegex("^[a-z]+\\.[a-z]+(-[a-z]+)*$")]
    public static partial Regex NamePattern();

    /// <summary>The stable name of an integration event type, from its <see cref="IntegrationEventAttribute"/>.</summary>
    public static string NameOf(Type eventType) => NamesByType.GetOrAdd(eventType, type =>
    {
        var name = type.GetCustomAttribute<IntegrationEventAttribute>()?.Name
            ?? throw new InvalidOperationException($"{type} has no [IntegrationEvent(\"module.name\")], so the outbox cannot store it.");
        return NamePattern().IsMatch(name)
            ? name
            : throw new InvalidOperationException($"{type}'s integration event name '{name}' is not 'module.kebab-case'.");
    });

    public static string NameOf<TEvent>() where TEvent : IIntegrationEvent => NameOf(typeof(TEvent));

    /// <summary>Every concrete integration event in the Contracts assemblies that the given module assemblies reference.</summary>
    public static IntegrationEventRegistry FromContractsOf(IEnumerable<Assembly> moduleAssemblies) => new(
        moduleAssemblies
            .SelectMany(module => module.GetReferencedAssemblies().Append(module.GetName()))
            .Where(name => name.Name?.EndsWith(".Contracts", StringComparison.Ordinal) == true)
            .DistinctBy(name => name.Name)
            .Select(Assembly.Load)
            .SelectMany(EventTypesIn));

    public static IEnumerable<Type> EventTypesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t));

    public Type TypeFor(string name) =>
        typesByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"No integration event is named '{name}'.");
}
