using Border.Shared.Messaging;

namespace Border.Cases.Contracts;

/// <summary>A case was submitted (or came back with new documents): its automated checks are due.</summary>
public sealed record CaseSubmitted(Guid EventId, DateTimeOffset OccurredAt, Guid CaseId, Guid ApplicantId) : IIntegrationEvent;
