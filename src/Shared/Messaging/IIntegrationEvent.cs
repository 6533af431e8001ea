using MediatR;

namespace Border.Shared.Messaging;

/// <summary>A fact one module tells the others. Travels through the sender's outbox.</summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
