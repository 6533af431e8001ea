using System.Collections.Concurrent;
using System.Text.Json;
using Border.Shared.Messaging;

namespace Border.Shared.Outbox;

internal static class IntegrationEventSerializer
{
    private static readonly ConcurrentDictionary<string, Type?> TypesByName = new();

    public static string NameOf(IIntegrationEvent integrationEvent) =>
        integrationEvent.GetType().AssemblyQualifiedName!;

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType());

    public static IIntegrationEvent Deserialize(string typeName, string payload)
    {
        var type = TypesByName.GetOrAdd(typeName, name => Type.GetType(name, throwOnError: false))
            ?? throw new InvalidOperationException($"Unknown integration event type '{typeName}'.");
        return (IIntegrationEvent)(JsonSerializer.Deserialize(payload, type)
            ?? throw new InvalidOperationException($"Empty payload for '{typeName}'."));
    }
}
