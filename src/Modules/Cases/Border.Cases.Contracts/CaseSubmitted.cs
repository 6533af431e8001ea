using Border.Shared.Messaging;

namespace Border.Cases.Contracts;

/// <summary>A case was submitted (or came back with new documents): its automated checks are due.</summary>
[IntegrationEvent("cases.case-submitted")]
public sealed record CaseSubmitted(Guid EventId, DateTimeOffset OccurredAt, Guid CaseId, Guid ApplicantId) : IIntegrationEvent;
