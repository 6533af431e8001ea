using Border.Shared.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Border.Shared.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an event in this module's outbox; it is saved by the same SaveChanges, in the same
    /// transaction, as the change it describes.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext context, IIntegrationEvent integrationEvent)
    {
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventSerializer.NameOf(integrationEvent),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    /// <summary>
    /// Records that <paramref name="handler"/> applied the event. Returns false when it already had:
    /// the caller then does nothing. Save it with the handler's own change so both commit together.
    /// </summary>
    public static async Task<bool> TryRecordInboxAsync(
        this DbContext context, Guid eventId, string handler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = await context.Set<InboxMessage>()
            .AnyAsync(m => m.EventId == eventId && m.Handler == handler, cancellationToken);
        if (seen)
        {
            return false;
        }

        context.Set<InboxMessage>().Add(new InboxMessage { EventId = eventId, Handler = handler, ProcessedAt = now });
        return true;
    }
}
