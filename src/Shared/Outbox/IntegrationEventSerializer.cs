using System.Text.Json;
using Border.Shared.Messaging;

namespace Border.Shared.Outbox;

internal static class IntegrationEventSerializer
{
    public static string NameOf(IIntegrationEvent integrationEvent) =>
        IntegrationEventRegistry.NameOf(integrationEvent.GetType());

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType());

    public static IIntegrationEvent Deserialize(Type type, string payload) =>
        (IIntegrationEvent)(JsonSerializer.Deserialize(payload, type)
            ?? throw new InvalidOperationException($"Empty payload for '{type}'."));
}
